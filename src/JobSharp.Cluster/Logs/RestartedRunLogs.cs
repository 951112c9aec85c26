using System.Collections.Concurrent;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// The last lines of each container's previous run, read while a Job is followed, each time the container restarts.
/// With restartPolicy OnFailure the Job controller deletes the pod when the Job fails, and its logs go with it (the
/// Kubernetes documentation warns of this); these lines are then all that is left to show why it failed.
/// </summary>
internal sealed class RestartedRunLogs(PodLogReader logs, int lines)
{
    private const string GoneNote = "the pod was deleted when the Job failed; these lines were read when the container restarted";
    private readonly ConcurrentDictionary<(string Pod, string Container), Kept> kept = new();

    /// <summary>Reads the previous run of each container of <paramref name="pod"/> that restarted since it was last seen.</summary>
    public async ValueTask SeenAsync(V1Pod pod, CancellationToken ct)
    {
        foreach (var status in pod.Status?.ContainerStatuses ?? [])
        {
            var key = (pod.Metadata.Name, status.Name);
            if (status.RestartCount == 0 || (kept.TryGetValue(key, out var known) && known.Restarts >= status.RestartCount))
            {
                continue;
            }

            try
            {
                var excerpt = await logs.ExcerptAsync(pod, status.Name, previous: true, lines, ct).ConfigureAwait(false);
                if (excerpt.Lines.Count > 0)
                {
                    kept[key] = new Kept(status.RestartCount, excerpt with { Note = GoneNote });
                }
            }
            catch (ClusterException)
            {
                // Not readable now (the pod is going, the account may not read logs): the failure report says what it can.
            }
        }
    }

    /// <summary>What was kept of the pods not in <paramref name="podsLeft"/>, by pod and container name.</summary>
    public IEnumerable<PodLogExcerpt> OfPodsGone(IReadOnlySet<string> podsLeft) =>
        kept.Where(k => !podsLeft.Contains(k.Key.Pod))
            .OrderBy(k => k.Key.Pod, StringComparer.Ordinal)
            .ThenBy(k => k.Key.Container, StringComparer.Ordinal)
            .Select(k => k.Value.Excerpt);

    private sealed record Kept(int Restarts, PodLogExcerpt Excerpt);
}
