using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Watches a Job's pods (by its selector) and the Job's events, and feeds what is stuck to a
/// <see cref="StuckTracker"/>. A collection it may not read (403) is left out with one warning; the wait goes on.
/// </summary>
internal sealed class StuckWatcher(ClusterConnection connection, StuckTracker tracker)
{
    private const int CrashLogLines = 5;
    private readonly ObjectApi api = new(connection);
    private readonly PodLogReader logs = new(connection);

    /// <summary>Runs until <paramref name="ct"/> is cancelled.</summary>
    public Task RunAsync(V1Job job, CancellationToken ct) => Task.WhenAll(WatchPodsAsync(job, ct), WatchEventsAsync(job, ct));

    private async Task WatchPodsAsync(V1Job job, CancellationToken ct)
    {
        var ns = job.Metadata.NamespaceProperty;
        var selector = JobLabels.PodSelector(job);
        await KeepGoingAsync($"the pods of job.batch/{job.Metadata.Name}", WatchLoop.RunAsync<V1Pod>(
            connection,
            $"the pods of job.batch/{job.Metadata.Name}",
            $"api/v1/namespaces/{Uri.EscapeDataString(ns)}/pods",
            WatchLoop.Labels(selector),
            async token =>
            {
                var list = await api.PodListAsync(ns, selector, job.Metadata.Name, token).ConfigureAwait(false);
                return (list.Items, list.Metadata.ResourceVersion);
            },
            async (type, pod) =>
            {
                var reason = type == WatchEventType.Deleted ? null : StuckDetector.Of(pod, job.Metadata.Name);
                if (reason is { Reason: "CrashLoopBackOff" or "OOMKilled" } && !tracker.Knows(pod.Metadata.Name, reason))
                {
                    reason = reason with { LastLines = await LastLinesAsync(pod, ct).ConfigureAwait(false) };
                }

                tracker.Update(pod.Metadata.Name, reason);
            },
            resourceVersion: null,
            ct)).ConfigureAwait(false);
    }

    private async Task WatchEventsAsync(V1Job job, CancellationToken ct)
    {
        var ns = job.Metadata.NamespaceProperty;
        var selector = $"involvedObject.uid={job.Metadata.Uid}";
        var name = job.Metadata.Name;
        await KeepGoingAsync($"the events of job.batch/{name}", WatchLoop.RunAsync<Corev1Event>(
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

    private async Task KeepGoingAsync(string what, Task loop)
    {
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The wait is over.
        }
        catch (ClusterException e)
        {
            connection.Warnings($"cannot follow {what}, so why it is stuck is not shown: {e.Message}");
        }
    }
}
