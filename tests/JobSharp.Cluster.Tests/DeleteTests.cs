using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests;

public sealed class DeleteTests
{
    private const string Ns = FakeCluster.Namespace;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeleteAsync_Default_SendsBackgroundAndPodsGo()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.Drive(Ns, "work", d => d.StartPod());

        var deleted = await fake.Cluster.DeleteAsync("Job", "work", cancellationToken: Ct);

        Assert.True(deleted);
        Assert.Equal(("jobs", "work", "Background"), Assert.Single(fake.Server.Deletes));
        Assert.Null(fake.Server.Get("jobs", Ns, "work"));
        await Eventually.TrueAsync(() => fake.Server.PodNames(Ns).Count == 0, Ct);
    }

    [Theory]
    [InlineData(DeletePropagation.Foreground, "Foreground")]
    [InlineData(DeletePropagation.Orphan, "Orphan")]
    public async Task DeleteAsync_Policy_SentToTheServer(DeletePropagation propagation, string expected)
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.Drive(Ns, "work", d => d.StartPod());

        await fake.Cluster.DeleteAsync("Job", "work", new DeleteOptions { Propagation = propagation }, cancellationToken: Ct);

        Assert.Equal(("jobs", "work", expected), Assert.Single(fake.Server.Deletes));
        if (propagation == DeletePropagation.Orphan)
        {
            Assert.Single(fake.Server.PodNames(Ns));
        }
    }

    [Fact]
    public async Task DeleteAsync_Missing_False()
    {
        await using var fake = await FakeCluster.StartAsync();

        Assert.False(await fake.Cluster.DeleteAsync("Job", "nothing", cancellationToken: Ct));
    }

    [Fact]
    public async Task DeleteAsync_CronJob_UsesCronJobResource()
    {
        await using var fake = await FakeCluster.StartAsync();
        var cron = new k8s.Models.V1CronJob
        {
            ApiVersion = "batch/v1",
            Kind = "CronJob",
            Metadata = new k8s.Models.V1ObjectMeta { Name = "nightly" },
            Spec = new k8s.Models.V1CronJobSpec { Schedule = "0 3 * * *", JobTemplate = new k8s.Models.V1JobTemplateSpec { Spec = FakeCluster.Job("x").Spec } },
        };
        var applied = await fake.Cluster.ApplyAsync(cron, cancellationToken: Ct);

        var deleted = await fake.Cluster.DeleteAsync("CronJob", "nightly", cancellationToken: Ct);

        Assert.Equal("cronjob.batch/nightly created", applied.ToString());
        Assert.True(deleted);
        Assert.Equal(("cronjobs", "nightly", "Background"), Assert.Single(fake.Server.Deletes));
    }
}
