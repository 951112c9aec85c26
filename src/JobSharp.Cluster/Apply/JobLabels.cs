using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>The labels and annotations the Job controller puts on a Job's pods, and the selector that finds them.</summary>
internal static class JobLabels
{
    public const string CompletionIndex = "batch.kubernetes.io/job-completion-index";

    /// <summary>
    /// The Job's own <c>spec.selector</c> as a label selector string, as kubectl finds a Job's pods: the controller
    /// uid label the API server set (or the user's selector with <c>manualSelector</c>), so the pods of an earlier
    /// Job of the same name, orphaned by its deletion, are not taken for this one's.
    /// </summary>
    /// <exception cref="ClusterException">The Job has no selector (it did not come from an API server).</exception>
    public static string PodSelector(V1Job job)
    {
        var selector = job.Spec?.Selector;
        var requirements = new List<string>();
        foreach (var (key, value) in (selector?.MatchLabels ?? new Dictionary<string, string>()).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            requirements.Add($"{key}={value}");
        }

        foreach (var expression in selector?.MatchExpressions ?? [])
        {
            var values = string.Join(",", expression.Values ?? []);
            requirements.Add(expression.OperatorProperty switch
            {
                "In" => $"{expression.Key} in ({values})",
                "NotIn" => $"{expression.Key} notin ({values})",
                "Exists" => expression.Key,
                "DoesNotExist" => "!" + expression.Key,
                var other => throw new ClusterException(
                    ClusterErrorCodes.ApiError, $"job.batch/{job.Metadata?.Name} has a selector with an unknown operator \"{other}\""),
            });
        }

        if (requirements.Count == 0)
        {
            // An empty selector would match every pod in the namespace; the API server never stores one for a Job.
            throw new ClusterException(
                ClusterErrorCodes.ApiError, $"job.batch/{job.Metadata?.Name} has no spec.selector, so its pods cannot be told from others");
        }

        return string.Join(",", requirements);
    }

    public static string? IndexOf(V1Pod pod) =>
        pod.Metadata.Annotations is { } a && a.TryGetValue(CompletionIndex, out var index) ? index
        : pod.Metadata.Labels is { } l && l.TryGetValue(CompletionIndex, out var label) ? label
        : null;

    public static string Prefix(V1Pod pod) =>
        IndexOf(pod) is { } index ? $"{pod.Metadata.Name}[{index}]" : pod.Metadata.Name;
}
