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
    public async Task Fail_FailsWithBackoffLimitExceededAfterRetries()
    {
        await using var fake = await StartAsync();
        await fake.Cluster.ApplyAsync(Job("broken", "fail"), cancellationToken: Ct);

        var outcome = await fake.Cluster.WaitAsync("broken", new WaitOptions { Timeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);

        Assert.Equal((JobOutcomeKind.Failed, "BackoffLimitExceeded"), (outcome.Kind, outcome.Reason));
        Assert.Equal(3, outcome.FailedPodLogs.Count);
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
