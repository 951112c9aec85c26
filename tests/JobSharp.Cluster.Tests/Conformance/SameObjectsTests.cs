using System.Text.Json.Nodes;
using JobSharp.Cluster.Tests.Support;
using JobSharp.Loading;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cluster.Tests.Conformance;

/// <summary>
/// Issue 16, item 17: jobsharp and kubectl applying the same manifests (the seed's three Jobs) to the fake store the
/// same objects, owning the same fields: what differs is only the server's bookkeeping (uids, versions, times) and
/// the field manager's name.
/// </summary>
public sealed class SameObjectsTests
{
    private static readonly string[] Seeds = ["hello-job", "db-migration", "batch-processor"];

    [Fact]
    public async Task SeedJobs_AppliedByKubectlAndByJobSharp_StoredAlike()
    {
        Assert.SkipWhen(Kubectl.Path is null, Kubectl.Missing);
        using var folder = new TempFolder();
        var ct = TestContext.Current.CancellationToken;
        await using var byKubectl = await FakeApiServer.StartAsync(new FakeApiServerOptions { Namespaces = ["myspace"] });
        await using var byJobSharp = await FakeApiServer.StartAsync(new FakeApiServerOptions { Namespaces = ["myspace"] });
        var kubectlConfig = byKubectl.WriteKubeconfig(folder.Path, "kubectl", "myspace");
        using var connection = ClusterConnection.Open(new ClusterConnectionOptions
        {
            Kubeconfig = byJobSharp.WriteKubeconfig(folder.Path, "jobsharp", "myspace"),
            EnvironmentVariables = _ => null,
        });
        var cluster = new JobCluster(connection);

        foreach (var seed in Seeds)
        {
            var file = Path.Combine(AppContext.BaseDirectory, "Seed", $"{seed}.yaml");
            var applied = await Kubectl.RunAsync(kubectlConfig, "apply", "--server-side", "--field-manager=jobsharp", "-f", file);
            Assert.Equal((0, string.Empty), (applied.ExitCode, applied.StdErr));
            var loaded = ManifestLoader.LoadFile(file);
            Assert.True(loaded.Succeeded);
            await cluster.ApplyAsync(Assert.Single(loaded.Documents).Model, cancellationToken: ct);
        }

        foreach (var seed in Seeds)
        {
            var expected = Comparable(byKubectl.Get("jobs", "myspace", seed)!);
            var actual = Comparable(byJobSharp.Get("jobs", "myspace", seed)!);
            Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
        }
    }

    /// <summary>The object without what the server makes up (uids, versions, times), keys sorted.</summary>
    private static JsonNode Comparable(JsonObject job)
    {
        var uid = job["metadata"]!["uid"]!.GetValue<string>();
        var text = job.ToJsonString().Replace(uid, "UID", StringComparison.Ordinal);
        var copy = JsonNode.Parse(text)!.AsObject();
        var meta = copy["metadata"]!.AsObject();
        foreach (var field in (string[])["uid", "resourceVersion", "creationTimestamp"])
        {
            meta.Remove(field);
        }

        foreach (var entry in meta["managedFields"]!.AsArray().OfType<JsonObject>())
        {
            entry.Remove("time");
        }

        return Sorted(copy)!;
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value?.DeepClone())))),
        JsonArray a => new JsonArray([.. a.Select(i => Sorted(i?.DeepClone()))]),
        _ => node?.DeepClone(),
    };
}
