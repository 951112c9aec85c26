using System.Globalization;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Deletes a Job or CronJob and waits until it is gone, as <c>kubectl delete</c> does: read it, watch it by name
/// from that resource version until the DELETED event, and read again whenever a watch ends.
/// </summary>
internal sealed class ObjectDeleter(ClusterConnection connection)
{
    private readonly ObjectApi api = new(connection);

    /// <returns>False when the object did not exist.</returns>
    public async Task<bool> DeleteAsync(string kind, string ns, string name, DeleteOptions options, CancellationToken ct)
    {
        if (!await api.DeleteAsync(kind, ns, name, options.Propagation, ct).ConfigureAwait(false))
        {
            return false;
        }

        if (options.Wait)
        {
            await WaitUntilGoneAsync(kind, ns, name, options.Timeout, ct).ConfigureAwait(false);
        }

        return true;
    }

    /// <exception cref="ClusterException"><see cref="ClusterErrorCodes.DeletionTimedOut"/> when still there after <paramref name="limit"/>.</exception>
    public async Task WaitUntilGoneAsync(string kind, string ns, string name, TimeSpan? limit, CancellationToken ct)
    {
        using var timeout = limit is { } l ? new CancellationTokenSource(l, connection.Time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            while (await api.ReadAsync(kind, ns, name, linked.Token).ConfigureAwait(false) is { } live)
            {
                var (deleted, events) = await WatchAsync(kind, ns, name, live.Metadata.ResourceVersion, linked.Token).ConfigureAwait(false);
                if (deleted)
                {
                    return;
                }

                if (events == 0)
                {
                    // A watch that ends at once (refused, expired) is not retried in a tight loop.
                    await Task.Delay(QuietWatchDelay, connection.Time, linked.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            var seconds = limit!.Value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            throw new ClusterException(
                ClusterErrorCodes.DeletionTimedOut,
                $"{ObjectApi.Resource(kind, name)} was still there {seconds} s after the delete (a foreground delete waits for its pods; finalizers can hold it)");
        }
    }

    private static readonly TimeSpan QuietWatchDelay = TimeSpan.FromMilliseconds(250);

    private async Task<(bool Deleted, int Events)> WatchAsync(string kind, string ns, string name, string resourceVersion, CancellationToken ct)
    {
        var count = 0;
        var cronJob = string.Equals(kind, ObjectApi.CronJobKind, StringComparison.Ordinal);
        var path = $"apis/batch/v1/namespaces/{Uri.EscapeDataString(ns)}/{(cronJob ? "cronjobs" : "jobs")}";
        var selector = ResourceWatch.NameSelector(name);
        try
        {
            var events = cronJob
                ? ResourceWatch.EventsAsync<V1CronJob>(connection.Api, path, selector, resourceVersion, ct).Select(e => e.Type)
                : ResourceWatch.EventsAsync<V1Job>(connection.Api, path, selector, resourceVersion, ct).Select(e => e.Type);
            await foreach (var type in events.ConfigureAwait(false))
            {
                count++;
                if (type == WatchEventType.Deleted)
                {
                    return (true, count);
                }
            }
        }
        catch (HttpOperationException e)
        {
            throw ApiCall.Translate(e, $"watching {ObjectApi.Resource(kind, name)}", connection);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // The connection dropped: read it again and watch again.
        }

        return (false, count);
    }
}
