namespace JobSharp.KubernetesRules;

/// <summary>
/// The delays Kubernetes waits between attempts (<c>pkg/controller/job/job_controller.go</c> and
/// <c>pkg/kubelet/kubelet.go</c> in kubernetes/kubernetes). The Job controller re-creates a pod after
/// failures 10s × 2^(n−1) after the n-th failure since the last success, capped at 10 minutes
/// (<c>MaxJobPodFailureBackOff</c>; the docs' six minutes is the cap of older controllers). The kubelet restarts a
/// failed container in place (<c>restartPolicy: OnFailure</c>) 10 seconds after the first failure, doubling up to
/// 5 minutes.
/// </summary>
internal static class Backoff
{
    /// <summary>The Job controller's first delay before it re-creates a failed pod.</summary>
    public const long BaseSeconds = 10;

    /// <summary>The Job controller's longest delay.</summary>
    public const long CapSeconds = 600;

    /// <summary>The kubelet's first delay before it restarts a failed container.</summary>
    public const long RestartBaseSeconds = 10;

    /// <summary>The kubelet's longest delay between container restarts.</summary>
    public const long RestartCapSeconds = 300;

    /// <summary>The controller's delay before it re-creates a pod after the <paramref name="failure"/>-th failure (1 or more).</summary>
    public static long DelaySeconds(int failure)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failure, 1);
        return failure > 7 ? CapSeconds : Math.Min(BaseSeconds << (failure - 1), CapSeconds);
    }

    /// <summary>The delays before each of the first <paramref name="retries"/> retries, at most <paramref name="max"/> of them.</summary>
    public static List<long> Delays(int retries, int max = 8) =>
        [.. Enumerable.Range(1, Math.Clamp(retries, 0, max)).Select(DelaySeconds)];
}
