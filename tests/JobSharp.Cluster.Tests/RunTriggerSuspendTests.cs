using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests;

/// <summary>Run a Job once, trigger a CronJob now, suspend and resume: what people script around kubectl.</summary>
public sealed class RunTriggerSuspendTests
{
    private const string Ns = FakeCluster.Namespace;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_Succeeds_LogsOfEveryPodIncludingRetries_ThenDeleted()
    {
        await using var fake = await FakeCluster.StartAsync();
        string first = string.Empty, second = string.Empty;
        fake.Server.Script(Ns, "once", d =>
        {
            first = d.StartPod();
            d.Log(first, "attempt 1", "crashed").Fail(first);
            second = d.StartPod();
            d.Log(second, "attempt 2", "done").Succeed(second).Complete();
        });
        var logs = new SynchronizedWriter();

        var outcome = await fake.Cluster.RunAsync(FakeCluster.Job("once"), logs, new RunOptions { Wait = new WaitOptions { Timeout = TimeSpan.FromSeconds(20) } }, Ct);

        Assert.Equal(JobOutcomeKind.Succeeded, outcome.Kind);
        Assert.Contains($"[{first}] attempt 1\n[{first}] crashed\n", logs.Text, StringComparison.Ordinal);
        Assert.Contains($"[{second}] attempt 2\n[{second}] done\n", logs.Text, StringComparison.Ordinal);
        Assert.Null(fake.Server.Get("jobs", Ns, "once"));
        Assert.Equal(("jobs", "once", "Background"), Assert.Single(fake.Server.Deletes));
    }

    [Fact]
    public async Task Run_FailsAndKept_OutcomeFailed_JobStays()
    {
        await using var fake = await FakeCluster.StartAsync();
        fake.Server.Script(Ns, "once", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "boom").Fail(pod).FailJob("BackoffLimitExceeded", "Job has reached the specified backoff limit");
        });
        var logs = new SynchronizedWriter();

        var outcome = await fake.Cluster.RunAsync(FakeCluster.Job("once"), logs, new RunOptions { Keep = true, Wait = new WaitOptions { Timeout = TimeSpan.FromSeconds(20) } }, Ct);

        Assert.Equal((JobOutcomeKind.Failed, "BackoffLimitExceeded"), (outcome.Kind, outcome.Reason));
        Assert.Contains("] boom\n", logs.Text, StringComparison.Ordinal);
        Assert.NotNull(fake.Server.Get("jobs", Ns, "once"));
        Assert.Empty(fake.Server.Deletes);
    }

    [Fact]
    public async Task Run_InvalidJob_NothingSent()
    {
        await using var fake = await FakeCluster.StartAsync();

        await Assert.ThrowsAsync<Validation.ManifestValidationException>(() =>
            fake.Cluster.RunAsync(Job.Create("Bad_Name").AddContainer("main", "busybox:1.36"), TextWriter.Null, cancellationToken: Ct));

        Assert.DoesNotContain(fake.Server.Requests, r => r.StartsWith("PATCH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trigger_JobFromTheLiveTemplate_AsKubectlCreateJobFrom()
    {
        await using var fake = await FakeCluster.StartAsync();
        var cron = Job.Create("nightly").AddContainer("main", "busybox:1.36").WithLabel("team", "data").ToCronJob(CronSchedule.Parse("0 3 * * *"));
        await fake.Cluster.ApplyAsync(cron, cancellationToken: Ct);
        var cronUid = fake.Server.Get("cronjobs", Ns, "nightly")!["metadata"]!["uid"]!.GetValue<string>();

        var job = await fake.Cluster.TriggerAsync("nightly", cancellationToken: Ct);

        Assert.StartsWith("nightly-manual-", job.Metadata.Name, StringComparison.Ordinal);
        Assert.Equal("manual", job.Metadata.Annotations["cronjob.kubernetes.io/instantiate"]);
        var owner = Assert.Single(job.Metadata.OwnerReferences);
        Assert.Equal(("CronJob", "nightly", cronUid, true), (owner.Kind, owner.Name, owner.Uid, owner.Controller == true));
        Assert.Equal("busybox:1.36", job.Spec.Template.Spec.Containers[0].Image);
        Assert.NotNull(fake.Server.Get("jobs", Ns, job.Metadata.Name));
    }

    [Fact]
    public async Task Trigger_NoSuchCronJob_NotFound()
    {
        await using var fake = await FakeCluster.StartAsync();

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.TriggerAsync("ghost", cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.NotFound, error.Code);
    }

    [Fact]
    public async Task SuspendResume_JobAndCronJob_OnlyWhatChanges()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        await fake.Cluster.ApplyAsync(Job.Create("nightly").AddContainer("main", "busybox:1.36").ToCronJob(CronSchedule.Parse("0 3 * * *")), cancellationToken: Ct);

        var suspended = await fake.Cluster.SetSuspendedAsync("Job", "work", suspend: true, cancellationToken: Ct);
        var again = await fake.Cluster.SetSuspendedAsync("Job", "work", suspend: true, cancellationToken: Ct);
        var cron = await fake.Cluster.SetSuspendedAsync("CronJob", "nightly", suspend: true, cancellationToken: Ct);
        var resumed = await fake.Cluster.SetSuspendedAsync("CronJob", "nightly", suspend: false, cancellationToken: Ct);

        Assert.Equal([true, false, true, true], [suspended, again, cron, resumed]);
        Assert.True(fake.Server.Get("jobs", Ns, "work")!["spec"]!["suspend"]!.GetValue<bool>());
        Assert.False(fake.Server.Get("cronjobs", Ns, "nightly")!["spec"]!["suspend"]!.GetValue<bool>());
    }
}
