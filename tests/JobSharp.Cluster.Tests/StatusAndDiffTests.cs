using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests;

public sealed class StatusAndDiffTests
{
    private const string Ns = FakeCluster.Namespace;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetStatusAsync_JobsAndPods_RowsAndTable()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("done"), cancellationToken: Ct);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("running"), cancellationToken: Ct);
        fake.Server.Drive(Ns, "done", d => d.Fail(d.StartPod()).FailJob("BackoffLimitExceeded", "limit"));
        fake.Server.Drive(Ns, "running", d => d.StartPod());

        var rows = await fake.Cluster.GetStatusAsync([], cancellationToken: Ct);

        Assert.Equal(["done", "running"], rows.Select(r => r.Name));
        Assert.Equal("Failed", rows[0].Status);
        Assert.Equal("BackoffLimitExceeded", rows[0].Reason);
        Assert.Equal("Error", Assert.Single(rows[0].Pods).Status);
        Assert.Equal("Running", rows[1].Status);
        Assert.Equal("0/1", rows[1].Completions);
        Assert.Equal("1/1", Assert.Single(rows[1].Pods).Ready);
    }

    [Fact]
    public async Task GetStatusAsync_UnknownJob_NotFoundError()
    {
        await using var fake = await FakeCluster.StartAsync();

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.GetStatusAsync(["ghost"], cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.NotFound, error.Code);
        Assert.Contains("jobs.batch \"ghost\" not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffAsync_Unchanged_Empty()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        var diff = await fake.Cluster.DiffAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.False(diff.HasChanges);
        Assert.Empty(diff.ImmutableChanges);
    }

    [Fact]
    public async Task DiffAsync_MutableChange_UnifiedDiffFromDryRun()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        var changed = FakeCluster.Job("hello");
        changed.Spec.BackoffLimit = 2;

        var diff = await fake.Cluster.DiffAsync(changed, cancellationToken: Ct);

        Assert.StartsWith("--- live job.batch/hello\n+++ applied job.batch/hello (server dry run)\n@@ ", diff.Text, StringComparison.Ordinal);
        Assert.Contains("\n-  backoffLimit: 6\n+  backoffLimit: 2\n", diff.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("immutable", diff.Text, StringComparison.Ordinal);
        Assert.Contains(fake.Server.Requests, r => r.Contains("dryRun=All", StringComparison.Ordinal));
        Assert.Equal(6, fake.Server.Get("jobs", Ns, "hello")!["spec"]!["backoffLimit"]!.GetValue<int>());
    }

    [Fact]
    public async Task DiffAsync_ImmutableChange_MarkedAndNamed()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        var diff = await fake.Cluster.DiffAsync(FakeCluster.Job("hello", "busybox:1.37"), cancellationToken: Ct);

        Assert.Equal(["spec.template.spec.containers[0].image"], diff.ImmutableChanges);
        Assert.Contains("-          image: busybox:1.36   # immutable: needs --recreate\n", diff.Text, StringComparison.Ordinal);
        Assert.Contains("+          image: busybox:1.37   # immutable: needs --recreate\n", diff.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffAsync_NewJob_AllLinesAdded()
    {
        await using var fake = await FakeCluster.StartAsync();

        var diff = await fake.Cluster.DiffAsync(FakeCluster.Job("fresh"), cancellationToken: Ct);

        Assert.False(diff.Exists);
        Assert.StartsWith("--- /dev/null\n", diff.Text, StringComparison.Ordinal);
        Assert.Contains("+kind: Job\n", diff.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n-", diff.Text, StringComparison.Ordinal);
    }
}
