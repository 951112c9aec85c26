using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests.FakeServer;

/// <summary>Issue 16, item 12: the discovery and OpenAPI documents kubectl reads before a typed request.</summary>
public sealed class DiscoveryTests
{
    [Fact]
    public async Task Version_AndGroups_AreServed()
    {
        await using var api = await RawApi.StartAsync();

        var version = await api.GetAsync("/version");
        var core = await api.GetAsync("/api");
        var groups = await api.GetAsync("/apis");

        Assert.Equal("1", version["major"]!.GetValue<string>());
        Assert.Equal("APIVersions", core["kind"]!.GetValue<string>());
        Assert.Equal("v1", core["versions"]![0]!.GetValue<string>());
        Assert.Equal("batch/v1", groups["groups"]![0]!["preferredVersion"]!["groupVersion"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/v1", "pods", "Pod", true)]
    [InlineData("/api/v1", "namespaces", "Namespace", false)]
    [InlineData("/apis/batch/v1", "jobs", "Job", true)]
    [InlineData("/apis/batch/v1", "cronjobs", "CronJob", true)]
    public async Task ResourceLists_NameKindScopeAndVerbs(string path, string plural, string kind, bool namespaced)
    {
        await using var api = await RawApi.StartAsync();

        var list = await api.GetAsync(path);
        var resource = list["resources"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == plural)!;

        Assert.Equal("APIResourceList", list["kind"]!.GetValue<string>());
        Assert.Equal(kind, resource["kind"]!.GetValue<string>());
        Assert.Equal(namespaced, resource["namespaced"]!.GetValue<bool>());
        Assert.Contains("watch", resource["verbs"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task AggregatedDiscoveryRequested_PlainJsonAnswered()
    {
        await using var api = await RawApi.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apis");
        request.Headers.TryAddWithoutValidation("Accept", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json");

        using var response = await api.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OpenApiV3_PatchOfJobsTakesFieldValidation()
    {
        await using var api = await RawApi.StartAsync();

        var root = await api.GetAsync("/openapi/v3");
        var url = root["paths"]!["apis/batch/v1"]!["serverRelativeURL"]!.GetValue<string>();
        var document = await api.GetAsync(url);
        var patch = document["paths"]!["/apis/batch/v1/namespaces/{namespace}/jobs/{name}"]!["patch"]!;

        Assert.Equal("Job", patch["x-kubernetes-group-version-kind"]!["kind"]!.GetValue<string>());
        Assert.Contains("fieldValidation", patch["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.NotNull(document["components"]!["schemas"]!["io.k8s.api.batch.v1.Job"]);
    }

    [Fact]
    public async Task UnknownPath_NotFoundStatus()
    {
        await using var api = await RawApi.StartAsync();

        var (code, body) = await api.SendAsync(HttpMethod.Get, "/apis/apps/v1/namespaces/raw/deployments");

        Assert.Equal(404, code);
        Assert.Equal("NotFound", body!["reason"]!.GetValue<string>());
    }
}
