using System.Text.Json.Nodes;
using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests.FakeServer;

/// <summary>Issue 16, item 14: server-side apply owns fields one by one; create, merge and strategic patches, YAML bodies.</summary>
public sealed class ManagedFieldsTests
{
    private const string Ns = RawApi.Ns;

    private static string Managers(JsonNode obj, string field) => string.Join(',', obj["metadata"]!["managedFields"]!.AsArray()
        .Where(e => e!["fieldsV1"]!.ToJsonString().Contains(field, StringComparison.Ordinal))
        .Select(e => e!["manager"]!.GetValue<string>())
        .Order(StringComparer.Ordinal));

    [Fact]
    public async Task Apply_AFieldNobodyApplied_NoConflict()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a"), "kubectl");

        var (code, body) = await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 2"), "jobsharp");

        Assert.Equal(200, code);
        Assert.Equal("jobsharp", Managers(body!, "f:parallelism"));
    }

    [Fact]
    public async Task Apply_AFieldAnotherManagerSetDifferently_ConflictAsTheServerWordsIt()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 2"), "kubectl");

        var (code, body) = await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 3"), "jobsharp");
        var (forced, after) = await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 3"), "jobsharp", force: true);

        Assert.Equal(409, code);
        Assert.Equal("Apply failed with 1 conflict: conflict with \"kubectl\": .spec.parallelism", body!["message"]!.GetValue<string>());
        var cause = Assert.Single(body["details"]!["causes"]!.AsArray())!;
        Assert.Equal(("FieldManagerConflict", ".spec.parallelism"), (cause["reason"]!.GetValue<string>(), cause["field"]!.GetValue<string>()));
        Assert.Equal(200, forced);
        Assert.Equal("jobsharp", Managers(after!, "f:parallelism"));
    }

    [Fact]
    public async Task Apply_EqualValues_MakeCoOwners_AndTheFieldStaysWhenOneDropsIt()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 2"), "kubectl");

        var (_, shared) = await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 2"), "jobsharp");
        var (_, dropped) = await api.ApplyAsync("a", RawApi.JobYaml("a"), "jobsharp");

        Assert.Equal("jobsharp,kubectl", Managers(shared!, "f:parallelism"));
        Assert.Equal(2, dropped!["spec"]!["parallelism"]!.GetValue<int>());
        Assert.Equal("kubectl", Managers(dropped, "f:parallelism"));
    }

    [Fact]
    public async Task Apply_AFieldDroppedFromTheFile_IsRemoved()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraMetadata: "  labels:\n    team: data\n    tier: batch\n  annotations:\n    note: x", extraSpec: "  ttlSecondsAfterFinished: 60"), "kubectl");

        var (_, body) = await api.ApplyAsync("a", RawApi.JobYaml("a", extraMetadata: "  labels:\n    team: data"), "kubectl");

        Assert.Equal("""{"team":"data"}""", body!["metadata"]!["labels"]!.ToJsonString());
        Assert.Null(body["metadata"]!["annotations"]?["note"]);
        Assert.Null(body["spec"]!["ttlSecondsAfterFinished"]);
    }

    [Fact]
    public async Task Apply_ContainersAndEnvByName_OwnedPerItem()
    {
        await using var api = await RawApi.StartAsync();
        const string job = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: a
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                  - name: main
                    image: busybox:1.36
                    env:
                    - name: A
                      value: "1"
            """;

        var (_, body) = await api.ApplyAsync("a", job, "kubectl");
        var fields = body!["metadata"]!["managedFields"]![0]!["fieldsV1"]!;
        var container = fields["f:spec"]!["f:template"]!["f:spec"]!["f:containers"]!["k:{\"name\":\"main\"}"]!;

        Assert.NotNull(container["."]);
        Assert.NotNull(container["f:image"]);
        Assert.NotNull(container["f:env"]!["k:{\"name\":\"A\"}"]!["f:value"]);
        Assert.Null(container["f:imagePullPolicy"]);
    }

    [Fact]
    public async Task Apply_JsonBody_SameAsYaml()
    {
        await using var api = await RawApi.StartAsync();
        const string json = """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"a","labels":{"app":"a"}},"spec":{"template":{"metadata":{"labels":{"app":"a"}},"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"busybox:1.36"}]}}}}""";

        var (code, _) = await api.ApplyAsync("a", json, "test");
        var (again, body) = await api.ApplyAsync("a", RawApi.JobYaml("a", extraMetadata: "  labels:\n    app: a"), "test");

        Assert.Equal((201, 200), (code, again));
        Assert.Equal("1", body!["metadata"]!["generation"]!.ToJsonString());
    }

    [Fact]
    public async Task MergePatch_ChangesAndRemoves_AndRecordsAnUpdate()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraMetadata: "  annotations:\n    note: x"), "kubectl");

        var (code, body) = await api.SendAsync(HttpMethod.Patch, $"{RawApi.Jobs()}/a?fieldManager=editor",
            """{"metadata":{"annotations":{"note":null,"other":"y"}},"spec":{"parallelism":4}}""", "application/merge-patch+json");

        Assert.Equal(200, code);
        Assert.Equal("""{"other":"y"}""", body!["metadata"]!["annotations"]!.ToJsonString());
        Assert.Equal(4, body["spec"]!["parallelism"]!.GetValue<int>());
        var editor = body["metadata"]!["managedFields"]!.AsArray().Single(e => e!["manager"]!.GetValue<string>() == "editor")!;
        Assert.Equal("Update", editor["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task StrategicMergePatch_MergesContainersByName()
    {
        await using var api = await RawApi.StartAsync();
        await api.SendAsync(HttpMethod.Post, "/apis/batch/v1/namespaces/raw/cronjobs", """
            {"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"c"},"spec":{"schedule":"0 3 * * *","jobTemplate":{"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"busybox:1.36"},{"name":"side","image":"busybox:1.36"}]}}}}}}
            """);

        var (code, body) = await api.SendAsync(HttpMethod.Patch, "/apis/batch/v1/namespaces/raw/cronjobs/c",
            """{"spec":{"jobTemplate":{"spec":{"template":{"spec":{"containers":[{"name":"side","image":"busybox:1.37"}]}}}}}}""", "application/strategic-merge-patch+json");

        Assert.Equal(200, code);
        var containers = body!["spec"]!["jobTemplate"]!["spec"]!["template"]!["spec"]!["containers"]!.AsArray();
        Assert.Equal("main=busybox:1.36,side=busybox:1.37", string.Join(',', containers.Select(c => $"{c!["name"]}={c["image"]}")));
    }

    [Fact]
    public async Task Create_OwnedByItsManagerAsAnUpdate()
    {
        await using var api = await RawApi.StartAsync();

        var (code, body) = await api.SendAsync(HttpMethod.Post, $"{RawApi.Jobs()}?fieldManager=kubectl-create",
            """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"a"},"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"busybox:1.36"}]}}}}""");

        Assert.Equal(201, code);
        var entry = Assert.Single(body!["metadata"]!["managedFields"]!.AsArray())!;
        Assert.Equal(("kubectl-create", "Update"), (entry["manager"]!.GetValue<string>(), entry["operation"]!.GetValue<string>()));
        Assert.NotNull(api.Server.Get("jobs", Ns, "a"));
    }
}
