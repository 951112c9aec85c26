using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Feeds what is stuck to a <see cref="StuckTracker"/>: the Job's pods, as the waiter's watch of them sees them
/// (<see cref="PodSeenAsync"/>), and the Job's events, which it watches itself. A collection it may not read (403) is
/// left out with one warning; the wait goes on.
/// </summary>
internal sealed class StuckWatcher(ClusterConnection connection, StuckTracker tracker)
{
    private const int CrashLogLines = 5;
    private readonly PodLogReader logs = new(connection);

    /// <summary>Takes one pod of the Job as its watch delivered it.</summary>
    public async ValueTask PodSeenAsync(WatchEventType type, V1Pod pod, string jobName, CancellationToken ct)
    {
        var reason = type == WatchEventType.Deleted ? null : StuckDetector.Of(pod, jobName);
        if (reason is { Reason: "CrashLoopBackOff" or "OOMKilled" } && !tracker.Knows(pod.Metadata.Name, reason))
        {
            reason = reason with { LastLines = await LastLinesAsync(pod, ct).ConfigureAwait(false) };
        }

        tracker.Update(pod.Metadata.Name, reason);
    }

    /// <summary>Watches the Job's events until <paramref name="ct"/> is cancelled.</summary>
    public async Task WatchEventsAsync(V1Job job, CancellationToken ct)
    {
        var ns = job.Metadata.NamespaceProperty;
        var selector = $"involvedObject.uid={job.Metadata.Uid}";
        var name = job.Metadata.Name;
        await WatchLoop.KeepGoingAsync(connection, $"the events of job.batch/{name}", "why it is stuck is not shown", WatchLoop.RunAsync<Corev1Event>(
            connection,
            $"the events of job.batch/{name}",
            $"api/v1/namespaces/{Uri.EscapeDataString(ns)}/events",
            "fieldSelector=" + Uri.EscapeDataString(selector),
            async token =>
            {
                var list = await ApiCall.RunAsync(connection, $"listing the events of job.batch/{name}", () =>
                    connection.Client.CoreV1.ListNamespacedEventAsync(ns, fieldSelector: selector, cancellationToken: token)).ConfigureAwait(false);
                // The newest event decides: a pod created after a refused one means the Job is moving again.
                var ordered = list.Items.OrderBy(e => e.LastTimestamp ?? e.EventTime ?? e.Metadata.CreationTimestamp).ToList();
                return (ordered, list.Metadata.ResourceVersion);
            },
            (type, e) =>
            {
                if (type != WatchEventType.Deleted && e.Reason is "FailedCreate" or "SuccessfulCreate")
                {
                    tracker.Update("job", StuckDetector.Of(e, name));
                }

                return ValueTask.CompletedTask;
            },
            resourceVersion: null,
            ct)).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<string>> LastLinesAsync(V1Pod pod, CancellationToken ct)
    {
        var container = pod.Status?.ContainerStatuses?.FirstOrDefault(s => s.RestartCount > 0)?.Name ?? pod.Spec.Containers[0].Name;
        try
        {
            return await logs.ReadAsync(pod.Metadata.NamespaceProperty, pod.Metadata.Name, container, previous: true, CrashLogLines, timestamps: false, ct).ConfigureAwait(false);
        }
        catch (ClusterException)
        {
            return [];
        }
    }
}
