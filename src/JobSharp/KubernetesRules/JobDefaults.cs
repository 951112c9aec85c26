using k8s.Models;

namespace JobSharp.KubernetesRules;

/// <summary>
/// The values the API server fills in when a Job spec leaves a field out (<c>SetDefaults_Job</c> in
/// <c>pkg/apis/batch/v1/defaults.go</c>), read by validation's defaulting, lint and explain alike.
/// </summary>
internal static class JobDefaults
{
    /// <summary>The backoff limit when neither <c>backoffLimit</c> nor <c>backoffLimitPerIndex</c> is set.</summary>
    public const int BackoffLimit = 6;

    /// <summary>The completion mode when none is set.</summary>
    public const string CompletionMode = "NonIndexed";

    /// <summary>The <c>managedBy</c> value that names the built-in Job controller (as does leaving it out).</summary>
    public const string BuiltInController = "kubernetes.io/job-controller";

    public static int Parallelism(V1JobSpec spec) => spec.Parallelism ?? 1;

    /// <summary>1 only when both completions and parallelism are unset; otherwise null stays null (work queue).</summary>
    public static int? Completions(V1JobSpec spec) =>
        spec.Completions ?? (spec.Parallelism is null ? 1 : null);

    public static int BackoffLimitOf(V1JobSpec spec) =>
        spec.BackoffLimit ?? (spec.BackoffLimitPerIndex is null ? BackoffLimit : int.MaxValue);

    public static string PodReplacementPolicy(V1JobSpec spec) =>
        spec.PodReplacementPolicy ?? (spec.PodFailurePolicy is null ? "TerminatingOrFailed" : "Failed");

    public static bool IsIndexed(V1JobSpec spec) => string.Equals(spec.CompletionMode, "Indexed", StringComparison.Ordinal);

    public static string RestartPolicy(V1JobSpec spec) => spec.Template?.Spec?.RestartPolicy ?? "Never";

    public static bool IsOnFailure(V1JobSpec spec) =>
        string.Equals(RestartPolicy(spec), "OnFailure", StringComparison.Ordinal);

    /// <summary>Every container of the pod with its field path: init containers first, then the app containers.</summary>
    public static IEnumerable<(V1Container Container, string Path, bool IsInit)> Containers(V1PodSpec? pod, string podPath)
    {
        if (pod is null)
        {
            yield break;
        }

        var index = 0;
        foreach (var container in pod.InitContainers ?? [])
        {
            yield return (container, $"{podPath}.initContainers[{index++}]", true);
        }

        index = 0;
        foreach (var container in pod.Containers ?? [])
        {
            yield return (container, $"{podPath}.containers[{index++}]", false);
        }
    }

    /// <summary>An init container with <c>restartPolicy: Always</c>: a native sidecar.</summary>
    public static bool IsSidecar(V1Container container) =>
        string.Equals(container.RestartPolicy, "Always", StringComparison.Ordinal);
}
