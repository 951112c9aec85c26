namespace JobSharp.Cluster;

/// <summary>
/// Why a Job does not progress, with the object and the cluster's own words: an image that cannot be pulled, a pod
/// that cannot be scheduled, a missing ConfigMap, Secret or key, a crashing container, or pods the Job controller
/// cannot create (quota, admission).
/// </summary>
/// <param name="Job">The Job's name.</param>
/// <param name="Pod">The pod that is stuck; null when the Job's pods cannot be created at all.</param>
/// <param name="Reason">
/// The cluster's reason: <c>ErrImagePull</c>, <c>ImagePullBackOff</c>, <c>InvalidImageName</c>, <c>Unschedulable</c>,
/// <c>CreateContainerConfigError</c>, <c>CreateContainerError</c>, <c>CrashLoopBackOff</c>, <c>OOMKilled</c> or
/// <c>FailedCreate</c>.
/// </param>
/// <param name="Message">What is wrong, in the kubelet's, the scheduler's or the controller's words, with the image or container it concerns.</param>
public sealed record StuckReason(string Job, string? Pod, string Reason, string Message)
{
    /// <summary>For a crashing container: the last lines of its previous run; empty otherwise.</summary>
    public IReadOnlyList<string> LastLines { get; init; } = [];

    /// <summary>One line: <c>job/hello: pod/hello-x7k2p: ImagePullBackOff: image "busybox:nope" ...</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"job/{Job}: {Detail}";

    /// <summary>The line without the Job: <c>pod/hello-x7k2p: ImagePullBackOff: ...</c>.</summary>
    internal string Detail => $"{(Pod is null ? string.Empty : $"pod/{Pod}: ")}{Reason}: {Message}";

    /// <summary>Whether <paramref name="other"/> says the same (the log lines aside).</summary>
    internal bool SameAs(StuckReason? other) =>
        other is not null && string.Equals(Job, other.Job, StringComparison.Ordinal) && string.Equals(Pod, other.Pod, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);
}
