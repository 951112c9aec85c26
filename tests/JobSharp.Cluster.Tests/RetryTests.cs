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
    public async Task ApplyAsync_503WithoutRetryAfter_ExponentialBackoff()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default);
        fake.Server.FailNext(503, count: 2, when: r => r.Method == "PATCH");

        var result = await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], time.Delays);
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
