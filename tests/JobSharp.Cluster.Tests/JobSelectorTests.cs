using JobSharp.Cluster.Tests.Support;
using k8s.Models;

namespace JobSharp.Cluster.Tests;

/// <summary>A Job's pods are the ones its own <c>spec.selector</c> finds, as kubectl finds them, not every pod with its name.</summary>
public sealed class JobSelectorTests
{
    private const string Ns = FakeCluster.Namespace;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StatusAndLogs_AfterAnOrphaningDeleteAndReapply_OnlyTheNewJobsPods()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.Drive(Ns, "work", d =>
        {
            for (var i = 0; i < 3; i++)
            {
                var pod = d.StartPod();
                d.Log(pod, "old try").Fail(pod);
            }
        });
        await fake.Cluster.DeleteAsync("Job", "work", new DeleteOptions { Propagation = DeletePropagation.Orphan }, cancellationToken: Ct);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        var current = string.Empty;
        fake.Server.Drive(Ns, "work", d =>
        {
            current = d.StartPod();
            d.Log(current, "new try");
        });
        var logs = new StringWriter();

        var row = Assert.Single(await fake.Cluster.GetStatusAsync(["work"], cancellationToken: Ct));
        await fake.Cluster.WriteLogsAsync("work", logs, cancellationToken: Ct);

        Assert.Equal(4, fake.Server.PodNames(Ns).Count);
        Assert.Equal(current, Assert.Single(row.Pods).Name);
        Assert.Equal($"[{current}] new try\n", logs.ToString());
        var uid = fake.Server.Get("jobs", Ns, "work")!["metadata"]!["uid"]!.GetValue<string>();
        Assert.Contains(fake.Server.Requests, r => r.Contains($"labelSelector=batch.kubernetes.io%2Fcontroller-uid%3D{uid}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wait_FailedPodExcerpts_OnlyTheNewJobsPods()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.Drive(Ns, "work", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "old failure").Fail(pod);
        });
        await fake.Cluster.DeleteAsync("Job", "work", new DeleteOptions { Propagation = DeletePropagation.Orphan }, cancellationToken: Ct);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.Script(Ns, "work", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "new failure").Fail(pod).FailJob("BackoffLimitExceeded", "limit");
        });

        var outcome = await fake.Cluster.WaitAsync("work", new WaitOptions { Timeout = TimeSpan.FromSeconds(20) }, cancellationToken: Ct);

        Assert.Equal(["new failure"], Assert.Single(outcome.FailedPodLogs).Lines);
    }

    [Fact]
    public async Task Status_ManualSelector_PodsChosenByTheUsersSelector()
    {
        await using var fake = await FakeCluster.StartAsync();
        var job = FakeCluster.Job("manual");
        job.Spec.ManualSelector = true;
        job.Spec.Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["run"] = "manual-1" } };
        job.Spec.Template.Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["run"] = "manual-1" } };
        await fake.Cluster.ApplyAsync(job, cancellationToken: Ct);
        var pod = string.Empty;
        fake.Server.Drive(Ns, "manual", d => pod = d.StartPod());

        var row = Assert.Single(await fake.Cluster.GetStatusAsync(["manual"], cancellationToken: Ct));

        Assert.Equal(pod, Assert.Single(row.Pods).Name);
        Assert.Contains(fake.Server.Requests, r => r.Contains("labelSelector=run%3Dmanual-1", StringComparison.Ordinal));
    }

    [Fact]
    public void PodSelector_EveryOperator_AsTheApiServerReadsIt()
    {
        var job = new V1Job
        {
            Metadata = new V1ObjectMeta { Name = "x" },
            Spec = new V1JobSpec
            {
                Selector = new V1LabelSelector
                {
                    MatchLabels = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" },
                    MatchExpressions =
                    [
                        new V1LabelSelectorRequirement { Key = "tier", OperatorProperty = "In", Values = ["web", "api"] },
                        new V1LabelSelectorRequirement { Key = "env", OperatorProperty = "NotIn", Values = ["dev"] },
                        new V1LabelSelectorRequirement { Key = "owner", OperatorProperty = "Exists" },
                        new V1LabelSelectorRequirement { Key = "legacy", OperatorProperty = "DoesNotExist" },
                    ],
                },
            },
        };

        Assert.Equal("a=1,b=2,tier in (web,api),env notin (dev),owner,!legacy", JobLabels.PodSelector(job));
    }

    [Fact]
    public void PodSelector_NoSelector_RefusedRatherThanEveryPod()
    {
        var error = Assert.Throws<ClusterException>(() => JobLabels.PodSelector(new V1Job { Metadata = new V1ObjectMeta { Name = "x" }, Spec = new V1JobSpec() }));

        Assert.Contains("no spec.selector", error.Message, StringComparison.Ordinal);
    }
}
