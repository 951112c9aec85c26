using JobSharp.Cluster.Tests.Support;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cluster.Tests.Conformance;

/// <summary>
/// Issue 16, item 8: JobSharp sends the <c>Content-Type</c>, <c>Accept</c> and <c>Accept-Encoding</c> that the real
/// kubectl sends for the same operation, both recorded against the fake: server-side apply, get, list, watch, logs and
/// delete. (kubectl's typed lists of pods and its create ask for protobuf, which JobSharp does not read; those are
/// compared with kubectl's JSON requests.)
/// </summary>
public sealed class ContentHeadersTests : IAsyncLifetime
{
    private const string Ns = "conformance";
    private readonly TempFolder folder = new();
    private FakeApiServer server = null!;
    private string kubeconfig = string.Empty;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await FakeApiServer.StartAsync(new FakeApiServerOptions
        {
            Namespaces = [Ns],
            Controller = new FakeScenario(Duration: TimeSpan.FromMilliseconds(300)),
        });
        kubeconfig = server.WriteKubeconfig(folder.Path, "fake", Ns);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task EveryOperation_SameContentHeadersAsKubectl()
    {
        Assert.SkipWhen(Kubectl.Path is null, Kubectl.Missing);
        var job = Path.Combine(folder.Path, "job.yaml");
        File.WriteAllText(job, """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: k
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                  - name: main
                    image: busybox:1.36

            """);
        // Each kubectl command, and the operation whose headers it shows.
        var kubectl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (operation, args) in new (string, string[])[]
        {
            ("apply", ["apply", "--server-side", "-f", job]),
            ("get", ["get", "job", "k", "-o", "json"]),
            ("list", ["get", "jobs", "-o", "json"]),
            ("watch", ["wait", "--for=condition=complete", "job/k", "--timeout=30s"]),
            ("logs", ["logs", "job/k"]),
            ("delete", ["delete", "job", "k"]),
        })
        {
            var seen = server.RequestHeaders.Count;
            var (code, _, stderr) = await Kubectl.RunAsync(kubeconfig, args);
            Assert.True(code == 0, $"kubectl {string.Join(' ', args)}: exit {code}: {stderr}");
            kubectl[operation] = Operations(server.RequestHeaders.Skip(seen))[operation];
        }

        var before = server.RequestHeaders.Count;
        using (var connection = ClusterConnection.Open(new ClusterConnectionOptions { Kubeconfig = kubeconfig, EnvironmentVariables = _ => null }))
        {
            var cluster = new JobCluster(connection);
            await cluster.ApplyAsync(FakeCluster.Job("j"), cancellationToken: Ct);
            await cluster.WaitAsync("j", new WaitOptions(), cancellationToken: Ct);
            await cluster.GetStatusAsync(["j"], cancellationToken: Ct);
            await cluster.WriteLogsAsync("j", TextWriter.Null, cancellationToken: Ct);
            await cluster.DeleteAsync("Job", "j", cancellationToken: Ct);
        }

        var jobsharp = Operations(server.RequestHeaders.Skip(before));

        Assert.Equal(["apply", "delete", "get", "list", "logs", "watch"], kubectl.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(kubectl.Keys.Order(StringComparer.Ordinal), jobsharp.Keys.Order(StringComparer.Ordinal));
        foreach (var (operation, headers) in kubectl)
        {
            Assert.Equal((operation, headers), (operation, jobsharp[operation]));
        }

        Assert.Equal("Content-Type: application/apply-patch+yaml; Accept: application/json; Accept-Encoding: gzip", kubectl["apply"]);
        Assert.Equal("Content-Type: application/json; Accept: application/json; Accept-Encoding: gzip", kubectl["delete"]);
        Assert.Equal("Content-Type: (none); Accept: application/json, */*; Accept-Encoding: gzip", kubectl["logs"]);
        Assert.Equal("Content-Type: (none); Accept: application/json; Accept-Encoding: gzip", kubectl["watch"]);
    }

    /// <summary>The distinct (Content-Type, Accept, Accept-Encoding) of each operation on Jobs and their pods.</summary>
    private static Dictionary<string, string> Operations(IEnumerable<FakeRequestHeaders> requests) =>
        requests
            .Select(r => (Operation: Classify(r), Headers: $"Content-Type: {r.ContentType ?? "(none)"}; Accept: {r.Accept}; Accept-Encoding: {r.AcceptEncoding}"))
            .Where(r => r.Operation is not null)
            .GroupBy(r => r.Operation!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(" / ", g.Select(r => r.Headers).Distinct().Order(StringComparer.Ordinal)), StringComparer.Ordinal);

    private static string? Classify(FakeRequestHeaders request)
    {
        var path = request.Target.Split('?')[0];
        var watch = request.Target.Contains("watch=true", StringComparison.Ordinal);
        return request.Method switch
        {
            "PATCH" => "apply",
            "DELETE" => "delete",
            "GET" when path.EndsWith("/log", StringComparison.Ordinal) => "logs",
            "GET" when watch => "watch",
            // kubectl lists pods as protobuf (a typed client); compare lists of Jobs, which it reads as JSON.
            "GET" when path.EndsWith("/jobs", StringComparison.Ordinal) => "list",
            "GET" when path.EndsWith("/pods", StringComparison.Ordinal) => request.Accept.Contains("protobuf", StringComparison.Ordinal) ? null : "list",
            "GET" when path.Contains("/namespaces/", StringComparison.Ordinal) => "get",
            _ => null,
        };
    }
}
