using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cluster.Tests.Support;

/// <summary>Plain HTTP against the fake API server, for tests of the protocol itself (no client library in between).</summary>
internal sealed class RawApi : IAsyncDisposable
{
    public const string Ns = "raw";

    private RawApi(FakeApiServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = new Uri(server.Address), Timeout = TimeSpan.FromSeconds(30) };
    }

    public FakeApiServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<RawApi> StartAsync(FakeApiServerOptions? options = null) =>
        new(await FakeApiServer.StartAsync(options ?? new FakeApiServerOptions { Namespaces = [Ns] }));

    public static string Jobs(string ns = Ns) => $"/apis/batch/v1/namespaces/{ns}/jobs";

    public static string JobYaml(string name, string image = "busybox:1.36", string extraMetadata = "", string extraSpec = "") => $"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: {name}
        {extraMetadata}
        spec:
        {extraSpec}
          template:
            metadata:
              labels:
                app: {name}
            spec:
              restartPolicy: Never
              containers:
              - name: main
                image: {image}

        """;

    /// <summary>Server-side apply of a YAML body by <paramref name="manager"/>.</summary>
    public Task<(int Code, JsonNode? Body)> ApplyAsync(string name, string yaml, string manager, bool force = false, string ns = Ns) =>
        SendAsync(HttpMethod.Patch, $"{Jobs(ns)}/{name}?fieldManager={manager}{(force ? "&force=true" : string.Empty)}", yaml, "application/apply-patch+yaml");

    public async Task<(int Code, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? body = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async Task<JsonNode> GetAsync(string path)
    {
        var (code, body) = await SendAsync(HttpMethod.Get, path);
        Assert.Equal(200, code);
        return body!;
    }

    /// <summary>Opens a watch; returns the response (headers read) and a reader of its lines.</summary>
    public async Task<(HttpResponseMessage Response, StreamReader Lines)> WatchAsync(string pathAndQuery)
    {
        var response = await Http.GetAsync(pathAndQuery, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        return (response, new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>The next watch event, or null when the stream ended; fails after <paramref name="seconds"/>.</summary>
    public static async Task<JsonNode?> NextAsync(StreamReader lines, int seconds = 10)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        var line = await lines.ReadLineAsync(timeout.Token);
        return line is null ? null : JsonNode.Parse(line);
    }

    public static IEnumerable<string> Names(JsonNode list) =>
        list["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
