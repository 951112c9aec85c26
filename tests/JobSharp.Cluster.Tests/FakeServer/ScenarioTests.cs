using JobSharp.Cluster.Tests.Support;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cluster.Tests.FakeServer;

/// <summary>Issue 16, item 16: the fake's own controller runs every Job as its scenario says (option or annotation).</summary>
public sealed class ScenarioTests
{
    private const string Ns = FakeCluster.Namespace;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static k8s.Models.V1Job Job(string name, string? scenario = null)
    {
        var job = FakeCluster.Job(name);
        if (scenario is not null)
        {
            job.Metadata.Annotations = new Dictionary<string, string> { [FakeScenario.ScenarioAnnotation] = scenario, [FakeScenario.DurationAnnotation] = "100" };
        }

        return job;
    }

    private static Task<FakeCluster> StartAsync() => FakeCluster.StartAsync(controller: new FakeScenario(Duration: TimeSpan.FromMilliseconds(100)));

    [Fact]
    public async Task Default_CompletesWithOneLogLinePerPod()
    {
        await using var fake = await StartAsync();
        await fake.Cluster.ApplyAsync(Job("hello"), cancellationToken: Ct);

        var outcome = await fake.Cluster.WaitAsync("hello", new WaitOptions { Timeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);
        var logs = new StringWriter();
        await fake.Cluster.WriteLogsAsync("hello", logs, cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Succeeded, outcome.Kind);
        Assert.EndsWith("] hello: done\n", logs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_RestartPolicyNever_OneFailedPodPerAttemptUntilMoreThanBackoffLimit()
    {
        await using var fake = await StartAsync();
        var job = Job("broken", "fail");
        job.Spec.BackoffLimit = 2;
        await fake.Cluster.ApplyAsync(job, cancellationToken: Ct);

        var outcome = await fake.Cluster.WaitAsync("broken", new WaitOptions { Timeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);

        Assert.Equal((JobOutcomeKind.Failed, "BackoffLimitExceeded", 3), (outcome.Kind, outcome.Reason, outcome.Progress!.Failed));
        Assert.Equal(3, fake.Server.PodNames(Ns).Count);
        Assert.Equal(
            ["broken: error: attempt 1 failed", "broken: error: attempt 2 failed", "broken: error: attempt 3 failed"],
            outcome.FailedPodLogs.Select(e => Assert.Single(e.Lines)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Fail_RestartPolicyOnFailure_OnePodRestartsUntilBackoffLimitThenIsDeleted()
    {
        await using var fake = await StartAsync();
        var job = Job("broken", "fail");
        job.Spec.BackoffLimit = 3;
        job.Spec.Template.Spec.RestartPolicy = "OnFailure";
        await fake.Cluster.ApplyAsync(job, cancellationToken: Ct);

        var outcome = await fake.Cluster.WaitAsync("broken", new WaitOptions { Timeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);

        Assert.Equal((JobOutcomeKind.Failed, "BackoffLimitExceeded"), (outcome.Kind, outcome.Reason));
        // The controller deletes the pod and counts it failed; the wait ends already at FailureTarget, before that.
        Assert.Empty(fake.Server.PodNames(Ns));
        Assert.Equal(1, fake.Server.Get("jobs", Ns, "broken")!["status"]!["failed"]!.GetValue<int>());
        // What is left of the deleted pod is what the wait read at each restart: the last of the runs it saw.
        var excerpt = Assert.Single(outcome.FailedPodLogs);
        Assert.True(excerpt.Previous);
        Assert.Matches("^broken: error: attempt [123] failed$", Assert.Single(excerpt.Lines));
        Assert.StartsWith("the pod was deleted when the Job failed", excerpt.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_RestartsInPlaceThenCompletes()
    {
        await using var fake = await StartAsync();
        await fake.Cluster.ApplyAsync(Job("flaky", "restart"), cancellationToken: Ct);

        var outcome = await fake.Cluster.WaitAsync("flaky", new WaitOptions { Timeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);
        var pod = fake.Server.Get("pods", Ns, Assert.Single(fake.Server.PodNames(Ns)))!;

        Assert.Equal(JobOutcomeKind.Succeeded, outcome.Kind);
        Assert.Equal(2, pod["status"]!["containerStatuses"]![0]!["restartCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("hang", "Running")]
    [InlineData("stuck", "Pending")]
    public async Task HangAndStuck_NeverFinish(string scenario, string phase)
    {
        await using var fake = await StartAsync();
        await fake.Cluster.ApplyAsync(Job("forever", scenario), cancellationToken: Ct);

        var outcome = await fake.Cluster.WaitAsync("forever", new WaitOptions { Timeout = TimeSpan.FromSeconds(1) }, cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.TimedOut, outcome.Kind);
        var pod = fake.Server.Get("pods", Ns, Assert.Single(fake.Server.PodNames(Ns)))!;
        Assert.Equal(phase, pod["status"]!["phase"]!.GetValue<string>());
    }
}
