namespace JobSharp.Cluster;

/// <summary>The last log lines of one failed pod (or of a container's previous, failed run).</summary>
/// <param name="Pod">The pod's name.</param>
/// <param name="Container">The container's name.</param>
/// <param name="CompletionIndex">The pod's completion index for Indexed Jobs; otherwise null.</param>
/// <param name="Previous">Whether these lines are from the container's previous run (a restart).</param>
/// <param name="Lines">The last lines, oldest first; empty when the logs could not be read.</param>
/// <param name="Note">
/// A remark on the lines: why there are none (for example, the pod was already deleted), or that they were read
/// before the pod was deleted; otherwise null.
/// </param>
public sealed record PodLogExcerpt(
    string Pod, string Container, string? CompletionIndex, bool Previous, IReadOnlyList<string> Lines, string? Note);
