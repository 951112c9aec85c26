using JobSharp.Cluster.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JobSharp.Cluster.Tests;

public sealed class WaitTests
{
    private const string Ns = FakeCluster.Namespace;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WaitOptions Options(List<JobProgress>? progress = null) => new()
    {
        Timeout = TimeSpan.FromSeconds(30),
        ReconnectDelay = TimeSpan.FromMilliseconds(5),
        Progress = progress is null ? null : progress.Add,
    };

    [Fact]
    public async Task WaitAsync_JobCompletes_Succeeded()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.Script(Ns, "hello", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "hello").Succeed(pod).Complete();
        });
        var progress = new List<JobProgress>();

        var outcome = await fake.Cluster.WaitAsync("hello", Options(progress), cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Succeeded, outcome.Kind);
        Assert.Equal("CompletionsReached", outcome.Reason);
        Assert.Contains(new JobProgress("hello", 1, 0, 0), progress);
        Assert.Equal(new JobProgress("hello", 0, 1, 0), progress[^1]);
        Assert.Empty(outcome.FailedPodLogs);
    }

    [Theory]
    [InlineData("BackoffLimitExceeded", "Job has reached the specified backoff limit")]
    [InlineData("DeadlineExceeded", "Job was active longer than specified deadline")]
    [InlineData("PodFailurePolicy", "Container main for pod batch-test/hello-x failed with exit code 42 matching FailJob rule at index 0")]
    public async Task WaitAsync_JobFails_FailedWithReason(string reason, string message)
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.Script(Ns, "hello", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "working", "boom").Fail(pod).FailJob(reason, message);
        });

        var outcome = await fake.Cluster.WaitAsync("hello", Options(), cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Failed, outcome.Kind);
        Assert.Equal(reason, outcome.Reason);
        Assert.Equal(message, outcome.Message);
        Assert.Equal(["working", "boom"], Assert.Single(outcome.FailedPodLogs).Lines);
    }

    [Fact]
    public async Task WaitAsync_FailureTargetBeforeFailed_Failed()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.Script(Ns, "hello", d => d.FailureTarget("DeadlineExceeded", "Job was active longer than specified deadline"));

        var outcome = await fake.Cluster.WaitAsync("hello", Options(), cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("DeadlineExceeded", outcome.Reason);
    }

    [Fact]
    public async Task WaitAsync_RetriedPodsFailed_LastLinesOfEveryFailedPod()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("migrate"), cancellationToken: Ct);
        fake.Server.Script(Ns, "migrate", d =>
        {
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                var pod = d.StartPod();
                d.Log(pod, [.. Enumerable.Range(1, 30).Select(i => $"attempt {attempt} line {i}")]).Fail(pod);
            }

            d.FailJob("BackoffLimitExceeded", "Job has reached the specified backoff limit");
        });

        var outcome = await fake.Cluster.WaitAsync("migrate", Options() with { FailedPodLogLines = 5 }, cancellationToken: Ct);

        Assert.Equal(3, outcome.FailedPodLogs.Count);
        Assert.All(outcome.FailedPodLogs, e => Assert.Equal(5, e.Lines.Count));
        Assert.Equal(["attempt 1 line 30", "attempt 2 line 30", "attempt 3 line 30"], outcome.FailedPodLogs.Select(e => e.Lines[^1]).Order(StringComparer.Ordinal));
        Assert.Equal("job/migrate failed: BackoffLimitExceeded: Job has reached the specified backoff limit", outcome.Summary());
        Assert.Equal(["attempt 2 line 26", "attempt 2 line 27", "attempt 2 line 28", "attempt 2 line 29", "attempt 2 line 30"], outcome.FailedPodLogs.Single(e => e.Lines[0].StartsWith("attempt 2", StringComparison.Ordinal)).Lines);
    }

    [Fact]
    public async Task WaitAsync_RestartedContainer_PreviousRunLogsIncluded()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.Script(Ns, "hello", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "first run crashed").Restart(pod).Log(pod, "second run crashed").Fail(pod);
            d.FailJob("BackoffLimitExceeded", "Job has reached the specified backoff limit");
        });

        var outcome = await fake.Cluster.WaitAsync("hello", Options(), cancellationToken: Ct);

        Assert.Equal(2, outcome.FailedPodLogs.Count);
        Assert.Equal(["first run crashed"], outcome.FailedPodLogs.Single(e => e.Previous).Lines);
        Assert.Equal(["second run crashed"], outcome.FailedPodLogs.Single(e => !e.Previous).Lines);
    }

    [Fact]
    public async Task WaitAsync_OldClusterPodLabels_FindsPodsByTheJobsOwnSelector()
    {
        await using var fake = await FakeCluster.StartAsync();
        fake.Server.LegacyPodLabels = true;
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.Script(Ns, "hello", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "old cluster").Fail(pod).FailJob("BackoffLimitExceeded", "limit");
        });

        var outcome = await fake.Cluster.WaitAsync("hello", Options(), cancellationToken: Ct);

        Assert.Equal(["old cluster"], Assert.Single(outcome.FailedPodLogs).Lines);
        var uid = fake.Server.Get("jobs", Ns, "hello")!["metadata"]!["uid"]!.GetValue<string>();
        Assert.Contains(fake.Server.Requests, r => r.Contains($"labelSelector=controller-uid%3D{uid}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitAsync_NeverFinishes_TimedOut()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var fake = await FakeCluster.StartAsync(time);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("slow"), cancellationToken: Ct);
        fake.Server.Script(Ns, "slow", d => d.StartPod());
        var opened = fake.Server.WatchOpened;

        var wait = fake.Cluster.WaitAsync("slow", Options() with { Timeout = TimeSpan.FromMinutes(5) }, cancellationToken: Ct);
        await opened.WaitAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(6));
        var outcome = await wait;

        Assert.Equal(JobOutcomeKind.TimedOut, outcome.Kind);
        Assert.Equal("not finished after 300 s", outcome.Message);
    }

    [Fact]
    public async Task WaitAsync_WatchConnectionDrops_WatchesAgainAndReports()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.DropNextWatchAfter(1);
        fake.Server.Script(
            Ns,
            "hello",
            d => d.StartPod(),
            d =>
            {
                var pod = fake.Server.PodNames(Ns).Single();
                d.Succeed(pod).Complete();
            });

        var outcome = await fake.Cluster.WaitAsync("hello", Options(), cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Succeeded, outcome.Kind);
        Assert.Equal(2, fake.Server.WatchCount);
    }

    [Fact]
    public async Task WaitAsync_WatchExpired410_ListsAgainAndReports()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.ExpireNextWatch();
        fake.Server.Script(
            Ns,
            "hello",
            d => d.StartPod(),
            d => d.Succeed(fake.Server.PodNames(Ns).Single()).Complete());

        var outcome = await fake.Cluster.WaitAsync("hello", Options(), cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Succeeded, outcome.Kind);
        Assert.Equal(2, fake.Server.WatchCount);
        Assert.Equal(3, fake.Server.Requests.Count(r => r.StartsWith("GET /apis/batch/v1/namespaces/batch-test/jobs/hello", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WaitAsync_DeletedByTtlRightAfterFinishing_OutcomeStillReported()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.Script(Ns, "hello", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "bad input").Fail(pod).FailJob("BackoffLimitExceeded", "Job has reached the specified backoff limit").DeleteByTtl();
        });

        var outcome = await fake.Cluster.WaitAsync("hello", Options(), cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("BackoffLimitExceeded", outcome.Reason);
        Assert.Null(fake.Server.Get("jobs", Ns, "hello"));
    }

    [Fact]
    public async Task WaitAsync_DeletedBeforeAnyOutcomeWasSeen_SaysSo()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.DropNextWatchAfter(0);
        fake.Server.Script(Ns, "hello", d =>
        {
            var pod = d.StartPod();
            d.Succeed(pod).Complete().DeleteByTtl();
        });

        var outcome = await fake.Cluster.WaitAsync("hello", Options(), cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Deleted, outcome.Kind);
        Assert.Contains("deleted", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("outcome is unknown", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitAllAsync_OneFailsOneSucceeds_BothReported()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("good"), cancellationToken: Ct);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("bad"), cancellationToken: Ct);
        fake.Server.Script(Ns, "good", d => d.Succeed(d.StartPod()).Complete());
        fake.Server.Script(Ns, "bad", d => d.Fail(d.StartPod()).FailJob("BackoffLimitExceeded", "limit"));

        var outcomes = await fake.Cluster.WaitAllAsync(["good", "bad", "missing"], Options(), cancellationToken: Ct);

        Assert.Equal([JobOutcomeKind.Succeeded, JobOutcomeKind.Failed, JobOutcomeKind.Deleted], outcomes.Select(o => o.Kind));
    }
}
