using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests;

public sealed class LogsTests
{
    private const string Ns = FakeCluster.Namespace;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteLogsAsync_SeveralPods_TimeOrderPrefixedWithPodAndIndex()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        string first = string.Empty, second = string.Empty;
        fake.Server.Drive(Ns, "work", d =>
        {
            first = d.StartPod("0");
            second = d.StartPod("1");
            d.Log(first, "a").Log(second, "b").Log(first, "c");
        });
        var output = new StringWriter();

        await fake.Cluster.WriteLogsAsync("work", output, cancellationToken: Ct);

        Assert.Equal($"[{first} index=0] a\n[{second} index=1] b\n[{first} index=0] c\n", output.ToString());
    }

    [Fact]
    public async Task WriteLogsAsync_Previous_ReadsTheRunBeforeTheRestart()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        var pod = string.Empty;
        fake.Server.Drive(Ns, "work", d =>
        {
            pod = d.StartPod();
            d.Log(pod, "crashed").Restart(pod).Log(pod, "running again");
        });
        var output = new StringWriter();

        await fake.Cluster.WriteLogsAsync("work", output, new LogOptions { Previous = true }, cancellationToken: Ct);

        Assert.Equal($"[{pod}] crashed\n", output.ToString());
        Assert.Contains(fake.Server.Requests, r => r.Contains("previous=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteLogsAsync_Follow_StreamsUntilTheJobFinishesIncludingRetries()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        var first = string.Empty;
        fake.Server.Drive(Ns, "work", d =>
        {
            first = d.StartPod();
            d.Log(first, "starting");
        });
        var output = new SynchronizedWriter();

        var follow = fake.Cluster.WriteLogsAsync("work", output, new LogOptions { Follow = true }, cancellationToken: Ct);
        await Eventually.TrueAsync(() => output.Text.Contains("starting", StringComparison.Ordinal), Ct);
        var retry = string.Empty;
        fake.Server.Drive(Ns, "work", d =>
        {
            d.Log(first, "failing").Fail(first);
            retry = d.StartPod();
            d.Log(retry, "second try").Succeed(retry).Complete();
        });
        await follow.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        Assert.Contains($"[{first}] starting\n", output.Text, StringComparison.Ordinal);
        Assert.Contains($"[{first}] failing\n", output.Text, StringComparison.Ordinal);
        Assert.Contains($"[{retry}] second try\n", output.Text, StringComparison.Ordinal);
        Assert.Contains(fake.Server.Requests, r => r.Contains("follow=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteLogsAsync_Follow_ContainerRestartsInPlace_EveryRunStreamedOnce()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        var pod = string.Empty;
        fake.Server.Drive(Ns, "work", d =>
        {
            pod = d.StartPod();
            d.Log(pod, "run 1: starting");
        });
        var output = new SynchronizedWriter();

        var follow = fake.Cluster.WriteLogsAsync("work", output, new LogOptions { Follow = true }, cancellationToken: Ct);
        await Eventually.TrueAsync(() => output.Text.Contains("run 1: starting", StringComparison.Ordinal), Ct);
        // The kubelet ends a follow when the container exits; the restarted run is a new stream.
        fake.Server.Drive(Ns, "work", d => d.Log(pod, "run 1: crashed").Restart(pod).Log(pod, "run 2: starting"));
        await Eventually.TrueAsync(() => output.Text.Contains("run 2: starting", StringComparison.Ordinal), Ct);
        fake.Server.Drive(Ns, "work", d => d.Log(pod, "run 2: done").Succeed(pod).Complete());
        await follow.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        Assert.Equal(
            $"[{pod}] run 1: starting\n[{pod}] run 1: crashed\n[{pod}] run 2: starting\n[{pod}] run 2: done\n",
            output.Text);
    }

    [Fact]
    public async Task WriteLogsAsync_NotAllPods_OnlyTheCurrentPods()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        string failed = string.Empty, retry = string.Empty;
        fake.Server.Drive(Ns, "work", d =>
        {
            failed = d.StartPod();
            d.Log(failed, "first try").Fail(failed);
            retry = d.StartPod();
            d.Log(retry, "second try");
        });
        var current = new StringWriter();
        var all = new StringWriter();

        await fake.Cluster.WriteLogsAsync("work", current, new LogOptions { AllPods = false }, cancellationToken: Ct);
        await fake.Cluster.WriteLogsAsync("work", all, cancellationToken: Ct);

        Assert.Equal($"[{retry}] second try\n", current.ToString());
        Assert.Equal($"[{failed}] first try\n[{retry}] second try\n", all.ToString());
    }
}
