using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>The labels and annotations the Job controller puts on a Job's pods.</summary>
internal static class JobLabels
{
    public const string JobName = "batch.kubernetes.io/job-name";
    public const string LegacyJobName = "job-name";
    public const string CompletionIndex = "batch.kubernetes.io/job-completion-index";

    /// <summary>The label selectors for a Job's pods: the current label first, then the pre-1.27 one.</summary>
    public static IEnumerable<string> PodSelectors(string jobName) => [$"{JobName}={jobName}", $"{LegacyJobName}={jobName}"];

    public static string? IndexOf(V1Pod pod) =>
        pod.Metadata.Annotations is { } a && a.TryGetValue(CompletionIndex, out var index) ? index
        : pod.Metadata.Labels is { } l && l.TryGetValue(CompletionIndex, out var label) ? label
        : null;

    public static string Prefix(V1Pod pod) =>
        IndexOf(pod) is { } index ? $"{pod.Metadata.Name}[{index}]" : pod.Metadata.Name;
}
