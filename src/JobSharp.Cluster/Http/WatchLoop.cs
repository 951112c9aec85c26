using k8s;
using k8s.Autorest;

namespace JobSharp.Cluster;

/// <summary>
/// Keeps a collection in view the way client-go's reflector does: list, then watch from the list's resource
/// version, and list again whenever a watch ends (a dropped connection, a timeout, 410 Gone). Every object of a list
/// and of an event goes to one callback; it runs until cancelled.
/// </summary>
internal static class WatchLoop
{
    private static readonly TimeSpan QuietWatchDelay = TimeSpan.FromMilliseconds(250);

    /// <param name="connection">The connection.</param>
    /// <param name="what">Names the collection in errors, such as <c>the pods of job.batch/hello</c>.</param>
    /// <param name="path">The collection's path, such as <c>api/v1/namespaces/NS/pods</c>.</param>
    /// <param name="selectors">The <c>labelSelector</c> / <c>fieldSelector</c> query parameters, or empty.</param>
    /// <param name="list">Lists the collection: its items and resource version.</param>
    /// <param name="seen">Gets every listed object and every watch event but bookmarks.</param>
    /// <param name="resourceVersion">Where the caller's own first list left off; null to list first.</param>
    /// <param name="ct">Ends the loop (with <see cref="OperationCanceledException"/>).</param>
    /// <exception cref="ClusterException">The cluster refused a list or a watch.</exception>
    public static async Task RunAsync<T>(
        ClusterConnection connection, string what, string path, string selectors,
        Func<CancellationToken, Task<(IEnumerable<T> Items, string ResourceVersion)>> list,
        Func<WatchEventType, T, ValueTask> seen, string? resourceVersion, CancellationToken ct)
        where T : IKubernetesObject
    {
        while (true)
        {
            if (resourceVersion is null)
            {
                var (items, listed) = await list(ct).ConfigureAwait(false);
                foreach (var item in items)
                {
                    await seen(WatchEventType.Added, item).ConfigureAwait(false);
                }

                resourceVersion = listed;
            }

            var events = 0;
            try
            {
                await foreach (var (type, item) in ResourceWatch.EventsAsync<T>(connection.Api, path, selectors, resourceVersion, ct).ConfigureAwait(false))
                {
                    events++;
                    if (type != WatchEventType.Bookmark)
                    {
                        await seen(type, item).ConfigureAwait(false);
                    }
                }
            }
            catch (HttpOperationException e)
            {
                throw ApiCall.Translate(e, $"watching {what}", connection);
            }
            catch (Exception e) when (e is IOException or HttpRequestException && !ct.IsCancellationRequested)
            {
                // The connection dropped: list again and watch again.
            }

            resourceVersion = null;
            if (events == 0)
            {
                // A watch that ends at once (refused, expired) is not retried in a tight loop.
                await Task.Delay(QuietWatchDelay, connection.Time, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The <c>labelSelector</c> query parameter.</summary>
    public static string Labels(string selector) => "labelSelector=" + Uri.EscapeDataString(selector);

    /// <summary>Runs a watch <paramref name="loop"/> to its cancellation; a refusal becomes one warning saying what is lost.</summary>
    public static async Task KeepGoingAsync(ClusterConnection connection, string what, string lost, Task loop)
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
            connection.Warnings($"cannot follow {what}, so {lost}: {e.Message}");
        }
    }
}
