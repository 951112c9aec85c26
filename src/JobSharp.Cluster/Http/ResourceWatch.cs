using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Watches a collection: <c>GET PATH?watch=true&amp;...</c>, one JSON event a line. KubernetesClient's own watcher
/// reads each event's envelope by reflection, which a Native AOT build does not have, and hands events it cannot
/// read to a callback; this one reads the envelope with <see cref="JsonDocument"/> and the object through
/// KubernetesClient's source-generated JSON, and a line it cannot read is an error.
/// The watch ends, so that the caller lists (or reads) again and watches from there, on an ERROR event (such as
/// 410 Gone, "too old resource version") and on an HTTP 410 answer, which some servers and proxies send instead.
/// </summary>
internal static class ResourceWatch
{
    /// <summary>How long the server should keep one watch open before ending it cleanly.</summary>
    public const int TimeoutSeconds = 300;

    /// <param name="client">The client whose HTTP pipeline (timeouts, retries, credentials) carries the watch.</param>
    /// <param name="path">The collection, such as <c>apis/batch/v1/namespaces/NS/jobs</c>.</param>
    /// <param name="selectors">The <c>fieldSelector</c> and <c>labelSelector</c> query parameters, or empty.</param>
    /// <param name="resourceVersion">Where to start; null or empty for the current objects first.</param>
    /// <param name="ct">Ends the watch.</param>
    public static async IAsyncEnumerable<(WatchEventType Type, T Item)> EventsAsync<T>(
        Kubernetes client, string path, string selectors, string? resourceVersion, [EnumeratorCancellation] CancellationToken ct)
        where T : IKubernetesObject
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address(client.BaseUri, path, selectors, resourceVersion));
        if (client.Credentials is { } credentials)
        {
            await credentials.ProcessHttpRequestAsync(request, ct).ConfigureAwait(false);
        }

        using var response = await client.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Gone)
        {
            yield break;
        }

        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            throw new HttpOperationException($"watch: {(int)response.StatusCode} {response.ReasonPhrase}")
            {
                Request = new HttpRequestMessageWrapper(request, null),
                Response = new HttpResponseMessageWrapper(response, body),
            };
        }

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false));
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (type, item) = Parse<T>(line);
            if (type is null)
            {
                yield break;
            }

            yield return (type.Value, item!);
        }
    }

    /// <summary>Watches one Job by name.</summary>
    public static IAsyncEnumerable<(WatchEventType Type, V1Job Item)> JobAsync(
        Kubernetes client, string ns, string name, string? resourceVersion, CancellationToken ct) =>
        EventsAsync<V1Job>(client, $"apis/batch/v1/namespaces/{Uri.EscapeDataString(ns)}/jobs", NameSelector(name), resourceVersion, ct);

    /// <summary>The <c>fieldSelector</c> query parameter for one object by name.</summary>
    public static string NameSelector(string name) => "fieldSelector=" + Uri.EscapeDataString($"metadata.name={name}");

    /// <summary>The event of one line; a null type for an ERROR event.</summary>
    /// <exception cref="IOException">The line is not a watch event.</exception>
    internal static (WatchEventType? Type, T? Item) Parse<T>(string line)
        where T : IKubernetesObject
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var type = root.GetProperty("type").GetString() switch
            {
                "ADDED" => WatchEventType.Added,
                "MODIFIED" => WatchEventType.Modified,
                "DELETED" => WatchEventType.Deleted,
                "BOOKMARK" => WatchEventType.Bookmark,
                "ERROR" => (WatchEventType?)null,
                var other => throw new JsonException($"unknown watch event type \"{other}\""),
            };
            return type is null ? (null, default) : (type, KubernetesJson.Deserialize<T>(root.GetProperty("object")));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new IOException($"the API server sent a watch event that is not valid JSON: {KubeconfigResolver.OneLine(e.Message)}", e);
        }
    }

    private static Uri Address(Uri server, string path, string selectors, string? resourceVersion)
    {
        var query = $"allowWatchBookmarks=true&timeoutSeconds={TimeoutSeconds}&watch=true";
        if (selectors.Length > 0)
        {
            query += "&" + selectors;
        }

        if (!string.IsNullOrEmpty(resourceVersion))
        {
            query += $"&resourceVersion={Uri.EscapeDataString(resourceVersion)}";
        }

        // The server may have a path of its own (a proxy's /k8s/clusters/abc), which a relative Uri would cut.
        return new Uri($"{server.AbsoluteUri.TrimEnd('/')}/{path}?{query}");
    }
}
