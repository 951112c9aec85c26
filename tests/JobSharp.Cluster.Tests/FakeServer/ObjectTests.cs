using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests.FakeServer;

/// <summary>Issue 16, item 15: namespaces, deletion, defaulted labels and the immutable-field 422, as the real server has them.</summary>
public sealed class ObjectTests
{
    private const string Ns = RawApi.Ns;

    [Fact]
    public async Task Apply_MissingNamespace_NamespaceNotFound()
    {
        await using var api = await RawApi.StartAsync();

        var (code, body) = await api.ApplyAsync("a", RawApi.JobYaml("a"), "test", ns: "nowhere");

        Assert.Equal(404, code);
        Assert.Equal("namespaces \"nowhere\" not found", body!["message"]!.GetValue<string>());
        Assert.Equal("namespaces", body["details"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateNamespace_ThenApply_Created()
    {
        await using var api = await RawApi.StartAsync();

        var (nsCode, _) = await api.SendAsync(HttpMethod.Post, "/api/v1/namespaces", """{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"fresh"}}""");
        var (code, _) = await api.ApplyAsync("a", RawApi.JobYaml("a"), "test", ns: "fresh");

        Assert.Equal((201, 201), (nsCode, code));
    }

    [Fact]
    public async Task Create_JobLabelsDefaultToTheTemplates()
    {
        await using var api = await RawApi.StartAsync();
        const string noTemplateLabels = """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"b"},"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"busybox:1.36"}]}}}}""";

        var (_, withUserLabels) = await api.ApplyAsync("a", RawApi.JobYaml("a"), "test");
        var (code, generated) = await api.SendAsync(HttpMethod.Post, RawApi.Jobs(), noTemplateLabels);

        Assert.Equal("""{"app":"a"}""", withUserLabels!["metadata"]!["labels"]!.ToJsonString());
        Assert.Equal(201, code);
        Assert.Equal("b", generated!["metadata"]!["labels"]!["batch.kubernetes.io/job-name"]!.GetValue<string>());
        Assert.Equal(generated["metadata"]!["uid"]!.GetValue<string>(), generated["metadata"]!["labels"]!["controller-uid"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apply_ChangedTemplate_ImmutableAsTheServerWordsIt()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a"), "test");

        var (code, body) = await api.ApplyAsync("a", RawApi.JobYaml("a", image: "busybox:1.37"), "test");

        Assert.Equal(422, code);
        Assert.Equal("Invalid", body!["reason"]!.GetValue<string>());
        var message = body["message"]!.GetValue<string>();
        Assert.StartsWith("Job.batch \"a\" is invalid: spec.template: Invalid value: {", message, StringComparison.Ordinal);
        Assert.EndsWith("}: field is immutable", message, StringComparison.Ordinal);
        Assert.Contains("\"image\":\"busybox:1.37\"", message, StringComparison.Ordinal);
        var cause = Assert.Single(body["details"]!["causes"]!.AsArray())!;
        Assert.Equal(("FieldValueInvalid", "spec.template"), (cause["reason"]!.GetValue<string>(), cause["field"]!.GetValue<string>()));
        Assert.Equal(("a", "batch", "Job"), (body["details"]!["name"]!.GetValue<string>(), body["details"]!["group"]!.GetValue<string>(), body["details"]!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ForegroundDelete_FinishesWithoutReads_AndAWatcherSeesDeleted()
    {
        await using var api = await RawApi.StartAsync();
        var (_, created) = await api.ApplyAsync("a", RawApi.JobYaml("a"), "test");
        api.Server.Drive(Ns, "a", d => d.StartPod());
        var (response, lines) = await api.WatchAsync($"{RawApi.Jobs()}?watch=true&fieldSelector=metadata.name%3Da&resourceVersion={api.Server.Get("jobs", Ns, "a")!["metadata"]!["resourceVersion"]}");

        var (code, deleting) = await api.SendAsync(HttpMethod.Delete, $"{RawApi.Jobs()}/a", """{"propagationPolicy":"Foreground"}""");
        var marked = await RawApi.NextAsync(lines);
        var deleted = await RawApi.NextAsync(lines);

        Assert.Equal(200, code);
        Assert.Equal("foregroundDeletion", deleting!["metadata"]!["finalizers"]![0]!.GetValue<string>());
        Assert.Equal("MODIFIED", marked!["type"]!.GetValue<string>());
        Assert.Equal("DELETED", deleted!["type"]!.GetValue<string>());
        Assert.Null(api.Server.Get("jobs", Ns, "a"));
        Assert.Empty(api.Server.PodNames(Ns));
        Assert.NotNull(created);
        response.Dispose();
    }

    [Fact]
    public async Task Delete_NoPolicy_OrphansThePodsWithTheServersWarning()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a"), "test");
        api.Server.Drive(Ns, "a", d => d.StartPod());

        using var response = await api.Http.DeleteAsync($"{RawApi.Jobs()}/a", TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("child pods are preserved by default", string.Join(' ', response.Headers.GetValues("Warning")), StringComparison.Ordinal);
        var pod = api.Server.Get("pods", Ns, Assert.Single(api.Server.PodNames(Ns)))!;
        Assert.Null(pod["metadata"]!["ownerReferences"]);
    }

    [Fact]
    public async Task Create_Twice_AlreadyExists()
    {
        await using var api = await RawApi.StartAsync();
        const string job = """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"a"},"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"main","image":"busybox:1.36"}]}}}}""";

        var (first, _) = await api.SendAsync(HttpMethod.Post, RawApi.Jobs(), job);
        var (second, body) = await api.SendAsync(HttpMethod.Post, RawApi.Jobs(), job);

        Assert.Equal((201, 409), (first, second));
        Assert.Equal("jobs.batch \"a\" already exists", body!["message"]!.GetValue<string>());
    }
}
