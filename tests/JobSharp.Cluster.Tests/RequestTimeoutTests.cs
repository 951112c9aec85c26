using JobSharp.Cluster.Tests.Support;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cluster.Tests;

/// <summary>A server that accepts the connection and never answers: every request is bounded.</summary>
public sealed class RequestTimeoutTests : IAsyncDisposable
{
    private const string Ns = FakeCluster.Namespace;
    private readonly string folder = Directory.CreateTempSubdirectory("jobsharp-silent-").FullName;
    private readonly SilentApiServer silent = SilentApiServer.Start();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await silent.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Options_Default_ThirtySecondsPerRequest()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new ClusterConnectionOptions().RequestTimeout);
    }

    [Fact]
    public void Open_NoRequestTimeout_KubernetesClientsOwn100sDoesNotApplyEither()
    {
        using var connection = Open(requestTimeout: null);

        Assert.Equal(Timeout.InfiniteTimeSpan, connection.Api.HttpClientTimeout);
    }

    [Fact]
    public async Task ApplyAsync_ServerNeverAnswers_NoAnswerNamingTheServerAndTheTime()
    {
        using var connection = Open(TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<ClusterException>(() => new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.NoAnswer, error.Code);
        Assert.Equal($"reading job.batch/hello: the API server at {silent.Address} did not answer within 0.3 s", error.Message);
    }

    [Fact]
    public async Task GetStatusAsync_ServerNeverAnswers_NoAnswer()
    {
        using var connection = Open(TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<ClusterException>(() => new JobCluster(connection).GetStatusAsync(["hello"], cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.NoAnswer, error.Code);
        Assert.Equal($"reading job.batch/hello: the API server at {silent.Address} did not answer within 0.3 s", error.Message);
    }

    [Fact]
    public async Task WaitAsync_ServerNeverAnswersWithinTheRequestTimeout_NoAnswerNotTimedOut()
    {
        using var connection = Open(TimeSpan.FromMilliseconds(300));

        var outcome = Assert.Single(await new JobCluster(connection).WaitAllAsync(["hello"], new WaitOptions { Timeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct));

        Assert.Equal(JobOutcomeKind.Error, outcome.Kind);
        Assert.Equal(ClusterErrorCodes.NoAnswer, outcome.Reason);
    }

    [Fact]
    public async Task WaitAsync_ServerNeverAnswersWithinTheWaitTimeout_TimedOut()
    {
        using var connection = Open(TimeSpan.FromSeconds(30));

        var outcome = await new JobCluster(connection).WaitAsync("hello", new WaitOptions { Timeout = TimeSpan.FromMilliseconds(300) }, cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.TimedOut, outcome.Kind);
        Assert.Equal("not finished after 0.3 s", outcome.Message);
    }

    [Fact]
    public async Task WaitAsync_CancelledWhileTheServerIsSilent_OperationCanceledNotTimedOut()
    {
        using var connection = Open(TimeSpan.FromSeconds(30));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var wait = new JobCluster(connection).WaitAsync("hello", new WaitOptions { Timeout = TimeSpan.FromSeconds(30) }, cancellationToken: cancel.Token);
        await silent.RequestSeen.WaitAsync(Ct);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task WaitAsync_WatchNeverAnswers_ReadsAndWatchesAgain()
    {
        await using var fake = await FakeCluster.StartAsync(requestTimeout: TimeSpan.FromMilliseconds(300));
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.Script(Ns, "hello", d => d.Succeed(d.StartPod()).Complete());
        fake.Server.StallNext(r => r.Query["watch"] == "true");

        var outcome = await fake.Cluster.WaitAsync("hello", new WaitOptions { Timeout = TimeSpan.FromSeconds(30), ReconnectDelay = TimeSpan.FromMilliseconds(5) }, cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Succeeded, outcome.Kind);
        Assert.Equal(2, fake.Server.Requests.Count(r => r.Contains("watch=true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GetStatusAsync_BodyNeverEnds_NoAnswer()
    {
        await using var fake = await FakeCluster.StartAsync(requestTimeout: TimeSpan.FromMilliseconds(300));
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.StallNext(r => r.Method == "GET" && r.Path.Value!.EndsWith("/jobs/hello", StringComparison.Ordinal), afterHeaders: true);

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.GetStatusAsync(["hello"], cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.NoAnswer, error.Code);
    }

    [Fact]
    public async Task ApplyAsync_RetryAfterLongerThanWhatIsLeftOfTheRequestTimeout_GivesUpWithoutSleeping()
    {
        var time = new RecordingTimeProvider();
        var retry = RequestRetryPolicy.Default with { MaxDelay = TimeSpan.FromMinutes(5) };
        await using var fake = await FakeCluster.StartAsync(time, retry, requestTimeout: TimeSpan.FromSeconds(5));
        fake.Server.FailNext(429, count: 10, retryAfter: "120");

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.RetriesExhausted, error.Code);
        Assert.Empty(time.Delays);
        Assert.Single(fake.Server.Requests);
    }

    [Fact]
    public async Task ApplyAsync_RetryAfterWithinTheRequestTimeout_StillRetried()
    {
        var time = new RecordingTimeProvider();
        await using var fake = await FakeCluster.StartAsync(time, RequestRetryPolicy.Default, requestTimeout: TimeSpan.FromSeconds(30));
        fake.Server.FailNext(429, count: 1, retryAfter: "2");

        var result = await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal([TimeSpan.FromSeconds(2)], time.Delays);
    }

    private ClusterConnection Open(TimeSpan? requestTimeout) => ClusterConnection.Open(new ClusterConnectionOptions
    {
        Kubeconfig = silent.WriteKubeconfig(folder, ns: Ns),
        RequestTimeout = requestTimeout,
        EnvironmentVariables = _ => null,
    });
}
