using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests;

public sealed class RetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApplyAsync_429WithRetryAfter_RetriedAfterTheServersDelay()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default);
        fake.Server.FailNext(429, count: 2, retryAfter: "2");

        var result = await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], time.Delays);
        Assert.Equal(4, fake.Server.Requests.Count);
    }

    [Fact]
    public async Task ApplyAsync_Patch503WithoutRetryAfter_NotRetried_AsKubectl()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default);
        fake.Server.FailNext(503, count: 1, when: r => r.Method == "PATCH");

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.RetriesExhausted, error.Code);
        Assert.EndsWith("(not retried: a PATCH may already have taken effect, and the server sent no Retry-After)", error.Message, StringComparison.Ordinal);
        Assert.Single(fake.Server.Requests, r => r.StartsWith("PATCH ", StringComparison.Ordinal));
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task ApplyAsync_Patch503WithRetryAfter_Retried()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default);
        fake.Server.FailNext(503, count: 1, retryAfter: "1", when: r => r.Method == "PATCH");

        var result = await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal([TimeSpan.FromSeconds(1)], time.Delays);
        Assert.Equal(2, fake.Server.Requests.Count(r => r.StartsWith("PATCH ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ApplyAsync_Get503WithoutRetryAfter_ReadsRetriedWithExponentialBackoff()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default);
        fake.Server.FailNext(503, count: 2, when: r => r.Method == "GET");

        var result = await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], time.Delays);
    }

    [Fact]
    public async Task DeleteAsync_500WithoutRetryAfter_NotRetried()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.FailNext(500, count: 1, when: r => r.Method == "DELETE");

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.DeleteAsync("Job", "work", cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.RetriesExhausted, error.Code);
        Assert.Single(fake.Server.Requests, r => r.StartsWith("DELETE ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteAsync_DoneThen503WithRetryAfter_RetryGets404_ReportedDeleted()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        // The first DELETE is carried out, but its answer is lost to a 503 asking to retry; the retry finds nothing.
        fake.Server.FailNext(503, count: 1, retryAfter: "1", when: r => r.Method == "DELETE", afterHandling: true);

        var deleted = await fake.Cluster.DeleteAsync("Job", "work", cancellationToken: Ct);

        Assert.True(deleted);
        Assert.Equal(2, fake.Server.Requests.Count(r => r.StartsWith("DELETE ", StringComparison.Ordinal)));
        Assert.Equal([TimeSpan.FromSeconds(1)], time.Delays);
    }

    [Fact]
    public async Task DeleteAsync_429ThenNotFound_StillNotFound()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default);
        // A 429 means the server turned the request away unhandled: a 404 after it is the truth.
        fake.Server.FailNext(429, count: 1, retryAfter: "1", when: r => r.Method == "DELETE");

        var deleted = await fake.Cluster.DeleteAsync("Job", "never-was", cancellationToken: Ct);

        Assert.False(deleted);
        Assert.Equal(2, fake.Server.Requests.Count(r => r.StartsWith("DELETE ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ApplyAsync_ServerKeepsFailing_GivesUpWithinTheBound()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default with { MaxAttempts = 3, MaxDelay = TimeSpan.FromSeconds(5) });
        fake.Server.FailNext(500, count: 10, retryAfter: "60");

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.RetriesExhausted, error.Code);
        Assert.Equal(3, fake.Server.Requests.Count);
        Assert.All(time.Delays, d => Assert.Equal(TimeSpan.FromSeconds(5), d));
    }

    [Fact]
    public async Task ApplyAsync_Cancelled_OperationCanceled()
    {
        await using var fake = await FakeCluster.StartAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task WaitAsync_WatchAnswered503_RetriedAndFollowed()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.Script(FakeCluster.Namespace, "hello", d => d.Succeed(d.StartPod()).Complete());
        fake.Server.FailNext(503, count: 1, retryAfter: "1", when: r => r.Query["watch"] == "true");

        var outcome = await fake.Cluster.WaitAsync("hello", new WaitOptions(), cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Succeeded, outcome.Kind);
        Assert.Equal([TimeSpan.FromSeconds(1)], time.Delays);
        Assert.Equal(2, fake.Server.Requests.Count(r => r.Contains("watch=true", StringComparison.Ordinal)));
    }
}
