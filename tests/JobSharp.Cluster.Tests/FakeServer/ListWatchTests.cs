using System.Diagnostics;
using JobSharp.Cluster.Tests.Support;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cluster.Tests.FakeServer;

/// <summary>Issue 16, item 13: lists and watches behave as the real API server's.</summary>
public sealed class ListWatchTests
{
    private const string Ns = RawApi.Ns;

    [Fact]
    public async Task Watch_NoEvents_HeadersArriveAtOnce()
    {
        await using var api = await RawApi.StartAsync();
        var clock = Stopwatch.StartNew();

        var (response, _) = await api.WatchAsync($"{RawApi.Jobs()}?watch=true&resourceVersion={api.Server.Get("namespaces", "", Ns)!["metadata"]!["resourceVersion"]}");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        response.Dispose();
    }

    [Fact]
    public async Task Watch_TimeoutSeconds_EndsTheStreamCleanly()
    {
        await using var api = await RawApi.StartAsync();
        var clock = Stopwatch.StartNew();

        var (response, lines) = await api.WatchAsync($"{RawApi.Jobs()}?watch=true&timeoutSeconds=1");
        var end = await RawApi.NextAsync(lines);

        Assert.Null(end);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(8));
        response.Dispose();
    }

    [Fact]
    public async Task Watch_WithoutResourceVersion_SendsTheCurrentObjectsThenChanges()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a"), "test");
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 2"), "test");
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 3"), "test");

        var (response, lines) = await api.WatchAsync($"{RawApi.Jobs()}?watch=1");
        var first = await RawApi.NextAsync(lines);
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 4"), "test");
        var second = await RawApi.NextAsync(lines);

        Assert.Equal("ADDED", first!["type"]!.GetValue<string>());
        Assert.Equal(3, first["object"]!["spec"]!["parallelism"]!.GetValue<int>());
        Assert.Equal("MODIFIED", second!["type"]!.GetValue<string>());
        Assert.Equal(4, second["object"]!["spec"]!["parallelism"]!.GetValue<int>());
        Assert.Equal("Job", second["object"]!["kind"]!.GetValue<string>());
        response.Dispose();
    }

    [Fact]
    public async Task Watch_FromAResourceVersion_SendsOnlyLaterChanges_AndGoneAfterCompaction()
    {
        await using var api = await RawApi.StartAsync();
        var (_, created) = await api.ApplyAsync("a", RawApi.JobYaml("a"), "test");
        var rv = created!["metadata"]!["resourceVersion"]!.GetValue<string>();
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraSpec: "  parallelism: 2"), "test");

        var (response, lines) = await api.WatchAsync($"{RawApi.Jobs()}?watch=true&resourceVersion={rv}");
        var next = await RawApi.NextAsync(lines);
        response.Dispose();
        api.Server.Compact();
        var (expired, expiredLines) = await api.WatchAsync($"{RawApi.Jobs()}?watch=true&resourceVersion={rv}");
        var gone = await RawApi.NextAsync(expiredLines);

        Assert.Equal(("MODIFIED", 2), (next!["type"]!.GetValue<string>(), next["object"]!["spec"]!["parallelism"]!.GetValue<int>()));
        Assert.Equal("ERROR", gone!["type"]!.GetValue<string>());
        Assert.Equal(410, gone["object"]!["code"]!.GetValue<int>());
        Assert.Equal("Expired", gone["object"]!["reason"]!.GetValue<string>());
        expired.Dispose();
    }

    [Fact]
    public async Task Watch_AllowWatchBookmarks_SendsBookmarksWithTheResourceVersion()
    {
        await using var api = await RawApi.StartAsync();
        api.Server.BookmarkInterval = TimeSpan.FromMilliseconds(100);

        var (response, lines) = await api.WatchAsync($"{RawApi.Jobs()}?watch=true&allowWatchBookmarks=true&resourceVersion=0");
        var bookmark = await RawApi.NextAsync(lines);

        Assert.Equal("BOOKMARK", bookmark!["type"]!.GetValue<string>());
        Assert.Equal("Job", bookmark["object"]!["kind"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(bookmark["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>()));
        response.Dispose();
    }

    [Fact]
    public async Task Watch_LabelSelector_AnObjectThatStopsMatchingIsDeletedForTheWatcher()
    {
        await using var api = await RawApi.StartAsync();
        var (response, lines) = await api.WatchAsync($"{RawApi.Jobs()}?watch=true&labelSelector=tier%3Dfront");

        await api.ApplyAsync("a", RawApi.JobYaml("a", extraMetadata: "  labels:\n    tier: front"), "test");
        var added = await RawApi.NextAsync(lines);
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraMetadata: "  labels:\n    tier: back"), "test");
        var left = await RawApi.NextAsync(lines);

        Assert.Equal("ADDED", added!["type"]!.GetValue<string>());
        Assert.Equal("DELETED", left!["type"]!.GetValue<string>());
        response.Dispose();
    }

    [Theory]
    [InlineData("tier=front", "a")]
    [InlineData("tier==front", "a")]
    [InlineData("tier!=front", "b,c")]
    [InlineData("tier in (front, back)", "a,b")]
    [InlineData("tier notin (front)", "b,c")]
    [InlineData("tier", "a,b")]
    [InlineData("!tier", "c")]
    [InlineData("tier,size=big", "b")]
    public async Task List_LabelSelector_AsTheServerReadsIt(string selector, string expected)
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a", extraMetadata: "  labels:\n    tier: front"), "test");
        await api.ApplyAsync("b", RawApi.JobYaml("b", extraMetadata: "  labels:\n    tier: back\n    size: big"), "test");
        await api.ApplyAsync("c", RawApi.JobYaml("c", extraMetadata: "  labels:\n    size: small"), "test");

        var list = await api.GetAsync($"{RawApi.Jobs()}?labelSelector={Uri.EscapeDataString(selector)}");

        Assert.Equal(expected, string.Join(',', RawApi.Names(list)));
        Assert.Equal("JobList", list["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_PodsBySetSelector_AndBadSelectors_AreAnswered()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a"), "test");
        api.Server.Drive(Ns, "a", d => d.StartPod());

        var pods = await api.GetAsync($"/api/v1/namespaces/{Ns}/pods?labelSelector={Uri.EscapeDataString("batch.kubernetes.io/job-name in (a, z)")}");
        var (badCode, bad) = await api.SendAsync(HttpMethod.Get, $"/api/v1/namespaces/{Ns}/pods?labelSelector={Uri.EscapeDataString("a in (b")}");
        var (fieldCode, field) = await api.SendAsync(HttpMethod.Get, $"{RawApi.Jobs()}?fieldSelector=spec.parallelism%3D1");

        Assert.Single(pods["items"]!.AsArray());
        Assert.Equal(400, badCode);
        Assert.Equal("BadRequest", bad!["reason"]!.GetValue<string>());
        Assert.Equal(400, fieldCode);
        Assert.Equal("field label not supported: spec.parallelism", field!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_FieldSelectors_NameNamespaceAndPodPhase()
    {
        await using var api = await RawApi.StartAsync();
        await api.ApplyAsync("a", RawApi.JobYaml("a"), "test");
        await api.ApplyAsync("b", RawApi.JobYaml("b"), "test");
        api.Server.Drive(Ns, "a", d => d.Succeed(d.StartPod()));
        api.Server.Drive(Ns, "b", d => d.StartPod());

        var byName = await api.GetAsync($"{RawApi.Jobs()}?fieldSelector=metadata.name%3Db");
        var notName = await api.GetAsync($"{RawApi.Jobs()}?fieldSelector=metadata.name!%3Db");
        var allNamespaces = await api.GetAsync($"/apis/batch/v1/jobs?fieldSelector=metadata.namespace%3D{Ns}");
        var running = await api.GetAsync($"/api/v1/namespaces/{Ns}/pods?fieldSelector=status.phase%3DRunning");

        Assert.Equal("b", string.Join(',', RawApi.Names(byName)));
        Assert.Equal("a", string.Join(',', RawApi.Names(notName)));
        Assert.Equal("a,b", string.Join(',', RawApi.Names(allNamespaces)));
        Assert.StartsWith("b-", Assert.Single(RawApi.Names(running)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_LimitAndContinue_PageThroughEverything()
    {
        await using var api = await RawApi.StartAsync();
        foreach (var name in new[] { "a", "b", "c" })
        {
            await api.ApplyAsync(name, RawApi.JobYaml(name), "test");
        }

        var first = await api.GetAsync($"{RawApi.Jobs()}?limit=2");
        var token = first["metadata"]!["continue"]!.GetValue<string>();
        var second = await api.GetAsync($"{RawApi.Jobs()}?limit=2&continue={Uri.EscapeDataString(token)}");

        Assert.Equal("a,b", string.Join(',', RawApi.Names(first)));
        Assert.Equal("c", string.Join(',', RawApi.Names(second)));
        Assert.Null(second["metadata"]!["continue"]);
    }

    [Fact]
    public async Task List_TooLargeResourceVersion_IsATimeout()
    {
        await using var api = await RawApi.StartAsync();

        var (code, body) = await api.SendAsync(HttpMethod.Get, $"{RawApi.Jobs()}?resourceVersion=999999");

        Assert.Equal(504, code);
        Assert.StartsWith("Too large resource version: 999999", body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_Pods_SeesPodsStartAndFinish()
    {
        await using var api = await RawApi.StartAsync(new FakeApiServerOptions { Namespaces = [Ns] });
        await api.ApplyAsync("a", RawApi.JobYaml("a"), "test");
        var (response, lines) = await api.WatchAsync($"/api/v1/namespaces/{Ns}/pods?watch=true&labelSelector=app%3Da");

        var pod = string.Empty;
        api.Server.Drive(Ns, "a", d => pod = d.StartPod());
        var added = await RawApi.NextAsync(lines);
        api.Server.Drive(Ns, "a", d => d.Succeed(pod));
        var done = await RawApi.NextAsync(lines);

        Assert.Equal(("ADDED", "Running"), (added!["type"]!.GetValue<string>(), added["object"]!["status"]!["phase"]!.GetValue<string>()));
        Assert.Equal(("MODIFIED", "Succeeded"), (done!["type"]!.GetValue<string>(), done["object"]!["status"]!["phase"]!.GetValue<string>()));
        response.Dispose();
    }
}
