namespace JobSharp.Cluster;

/// <summary>One pod of a Job, as <c>kubectl get pods</c> shows it.</summary>
/// <param name="Name">The pod's name.</param>
/// <param name="CompletionIndex">The completion index for Indexed Jobs; otherwise null.</param>
/// <param name="Ready">Ready containers over all containers, such as <c>1/1</c>.</param>
/// <param name="Status">The phase, or the reason a container is waiting or terminated (such as <c>Error</c>).</param>
/// <param name="Restarts">Container restarts in all.</param>
/// <param name="Created">When the pod was created, when known.</param>
public sealed record PodStatusRow(string Name, string? CompletionIndex, string Ready, string Status, int Restarts, DateTimeOffset? Created)
{
    /// <summary>Why the pod does not run (an image pull, scheduling, a missing ConfigMap or Secret key, a crash loop); null when nothing is wrong.</summary>
    public StuckReason? Stuck { get; init; }
}
