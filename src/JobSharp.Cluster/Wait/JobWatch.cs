using System.Runtime.CompilerServices;
using System.Text.Json;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Watches one Job: <c>GET .../jobs?watch=true&amp;fieldSelector=metadata.name=NAME</c>, one JSON event a line.
/// KubernetesClient's own watcher reads each event's envelope by reflection, which a Native AOT build does not
/// have, and hands events it cannot read to a callback; this one reads the envelope with <see cref="JsonDocument"/>
/// and the Job through KubernetesClient's source-generated JSON, and a line it cannot read is an error.
/// An ERROR event (such as 410 Gone) ends the watch, so that the caller reads the Job again and watches again.
/// </summary>
internal static class JobWatch
{
    public static async IAsyncEnumerable<(WatchEventType Type, V1Job Job)> EventsAsync(
        Kubernetes client, string ns, string name, string? resourceVersion, [EnumeratorCancellation] CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address(client.BaseUri, ns, name, resourceVersion));
        if (client.Credentials is { } credentials)
        {
            await credentials.ProcessHttpRequestAsync(request, ct).ConfigureAwait(false);
        }

        using var response = await client.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
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

            var (type, job) = Parse(line);
            if (type is null)
            {
                yield break;
            }

            yield return (type.Value, job!);
        }
    }

    /// <summary>The event of one line; a null type for an ERROR event.</summary>
    /// <exception cref="IOException">The line is not a watch event.</exception>
    internal static (WatchEventType? Type, V1Job? Job) Parse(string line)
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
            return type is null ? (null, null) : (type, KubernetesJson.Deserialize<V1Job>(root.GetProperty("object")));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new IOException($"the API server sent a watch event that is not valid JSON: {KubeconfigResolver.OneLine(e.Message)}", e);
        }
    }

    private static Uri Address(Uri server, string ns, string name, string? resourceVersion)
    {
        var query = $"watch=true&allowWatchBookmarks=true&timeoutSeconds=300&fieldSelector={Uri.EscapeDataString($"metadata.name={name}")}";
        if (!string.IsNullOrEmpty(resourceVersion))
        {
            query += $"&resourceVersion={Uri.EscapeDataString(resourceVersion)}";
        }

        // The server may have a path of its own (a proxy's /k8s/clusters/abc), which a relative Uri would cut.
        return new Uri($"{server.AbsoluteUri.TrimEnd('/')}/apis/batch/v1/namespaces/{Uri.EscapeDataString(ns)}/jobs?{query}");
    }
}
