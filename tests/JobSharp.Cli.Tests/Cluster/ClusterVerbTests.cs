using JobSharp.Cli.Tests.Support;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cli.Tests.Cluster;

public sealed class ClusterVerbTests : IAsyncLifetime
{
    private const string Ns = "cli-test";
    private readonly TempFolder _folder = new();
    private FakeApiServer _server = null!;
    private string _kubeconfig = string.Empty;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Namespaces = [Ns] });
        _kubeconfig = _server.WriteKubeconfig(_folder.Path, "fake", Ns);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    private static JobSharpApp App(string image = "busybox:1.36", params string[] names) =>
        new JobSharpApp().AddRange((names.Length == 0 ? ["hello"] : names).Select(n => Job.Create(n).AddContainer("main", image)));

    private Task<CliResult> Run(JobSharpApp app, params string[] args) =>
        CliRunner.RunAsync(app, [.. args, "--kubeconfig", _kubeconfig]);

    [Fact]
    public async Task Apply_TwiceUnchanged_ReportsCreatedThenUnchanged()
    {
        var first = await Run(App(), "apply");
        var second = await Run(App(), "apply");

        Assert.Equal((0, "job.batch/hello created\n"), (first.ExitCode, first.StdOut));
        Assert.Equal((0, "job.batch/hello unchanged\n"), (second.ExitCode, second.StdOut));
    }

    [Fact]
    public async Task Apply_WaitJobSucceeds_Exit0()
    {
        _server.Script(Ns, "hello", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "hi").Succeed(pod).Complete();
        });

        var result = await Run(App(), "apply", "--wait", "--timeout", "30s", "--logs");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("job/hello succeeded", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("] hi\n", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("job/hello: 0 active, 1 succeeded, 0 failed", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_WaitJobFails_Exit1WithReasonAndLastLines()
    {
        _server.Script(Ns, "hello", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "connecting", "FATAL: password authentication failed").Fail(pod);
            d.FailJob("BackoffLimitExceeded", "Job has reached the specified backoff limit");
        });

        var result = await Run(App(), "apply", "--wait");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("job/hello failed: BackoffLimitExceeded: Job has reached the specified backoff limit", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("    FATAL: password authentication failed\n", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_WaitTimesOut_Exit3()
    {
        _server.Script(Ns, "hello", d => d.StartPod());

        var result = await Run(App(), "apply", "--wait", "--timeout", "200ms");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("job/hello timed out", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_SeveralJobsOneFails_EveryOutcomeReported()
    {
        _server.Script(Ns, "good", d => d.Succeed(d.StartPod()).Complete());
        _server.Script(Ns, "bad", d => d.Fail(d.StartPod()).FailJob("DeadlineExceeded", "Job was active longer than specified deadline"));

        var result = await Run(App("busybox:1.36", "good", "bad"), "apply", "--wait", "--timeout", "30s");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("job/good succeeded", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("job/bad failed: DeadlineExceeded", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_ImmutableChange_Exit2ThenRecreate()
    {
        await Run(App(), "apply");

        var refused = await Run(App("busybox:1.37"), "apply");
        var recreated = await Run(App("busybox:1.37"), "apply", "--recreate");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("job/hello: error JS3014: job.batch/hello: cannot change immutable field spec.template (changed: spec.template.spec.containers[0].image)", refused.StdErr, StringComparison.Ordinal);
        Assert.Equal((0, "job.batch/hello recreated\n"), (recreated.ExitCode, recreated.StdOut));
        Assert.Contains(_server.Deletes, d => d.Policy == "Foreground");
    }

    [Fact]
    public async Task Apply_DryRunServer_ChangesNothing()
    {
        var result = await Run(App(), "apply", "--dry-run=server");

        Assert.Equal((0, "job.batch/hello created (server dry run)\n"), (result.ExitCode, result.StdOut));
        Assert.Null(_server.Get("jobs", Ns, "hello"));
    }

    [Fact]
    public async Task Apply_InvalidJob_Exit1AndNothingSent()
    {
        var result = await Run(new JobSharpApp().Add(Job.Create("empty")), "apply");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("JS1002", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Apply_MissingKubeconfig_OneLineExit2()
    {
        var missing = Path.Combine(_folder.Path, "missing");

        var result = await CliRunner.RunAsync(App(), "apply", "--kubeconfig", missing);

        Assert.Equal((2, $"error JS3001: kubeconfig \"{missing}\" does not exist\n"), (result.ExitCode, result.StdErr));
    }

    [Fact]
    public async Task Apply_UnknownContext_OneLineExit2()
    {
        var result = await Run(App(), "apply", "--context", "prod");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error JS3002: context \"prod\" is not in the kubeconfig", result.StdErr, StringComparison.Ordinal);
        Assert.Single(result.StdErr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task StatusLogsDiffDelete_AgainstTheFake_AsKubectlUsersExpect()
    {
        await Run(App(), "apply");
        var pod = string.Empty;
        _server.Drive(Ns, "hello", d =>
        {
            pod = d.StartPod();
            d.Log(pod, "working");
        });

        var status = await Run(App(), "status");
        var logs = await Run(App(), "logs");
        var same = await Run(App(), "diff");
        var diff = await Run(App("busybox:1.37"), "diff");
        var delete = await Run(App(), "delete", "--cascade", "foreground");

        Assert.Equal(0, status.ExitCode);
        Assert.Contains("Running", status.StdOut, StringComparison.Ordinal);
        Assert.Contains(pod, status.StdOut, StringComparison.Ordinal);
        Assert.Equal((0, $"[{pod}] working\n"), (logs.ExitCode, logs.StdOut));
        Assert.Equal((0, string.Empty), (same.ExitCode, same.StdOut));
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("+          image: busybox:1.37   # immutable: needs --recreate", diff.StdOut, StringComparison.Ordinal);
        Assert.Equal((0, "job.batch/hello deleted (foreground)\n"), (delete.ExitCode, delete.StdOut));
        Assert.Equal(("jobs", "hello", "Foreground"), Assert.Single(_server.Deletes));
    }

    [Fact]
    public async Task Status_UnreachableServer_OneLineExit2()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var path = Path.Combine(_folder.Path, "closed");
        File.WriteAllText(path, File.ReadAllText(_kubeconfig).Replace(_server.Address, $"http://127.0.0.1:{port}", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(App(), "status", "--kubeconfig", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"job/hello: error JS3005: cannot reach the API server at http://127.0.0.1:{port}", result.StdErr, StringComparison.Ordinal);
        Assert.Single(result.StdErr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Delete_Default_BackgroundPropagation()
    {
        await Run(App(), "apply");

        var result = await Run(App(), "delete");

        Assert.Equal((0, "job.batch/hello deleted (background)\n"), (result.ExitCode, result.StdOut));
        Assert.Equal(("jobs", "hello", "Background"), Assert.Single(_server.Deletes));
    }

    [Fact]
    public async Task Logs_AllPods_IncludesTheFailedRetries()
    {
        await Run(App(), "apply");
        string failed = string.Empty, retry = string.Empty;
        _server.Drive(Ns, "hello", d =>
        {
            failed = d.StartPod();
            d.Log(failed, "crashed").Fail(failed);
            retry = d.StartPod();
            d.Log(retry, "retrying");
        });

        var current = await Run(App(), "logs");
        var all = await Run(App(), "logs", "--all-pods");

        Assert.Equal((0, $"[{retry}] retrying\n"), (current.ExitCode, current.StdOut));
        Assert.Equal((0, $"[{failed}] crashed\n[{retry}] retrying\n"), (all.ExitCode, all.StdOut));
    }

    [Fact]
    public async Task Delete_Foreground_WaitsUntilGone_ThenReapplyCreates()
    {
        _server.GarbageCollectionDelay = TimeSpan.FromMilliseconds(300);
        await Run(App(), "apply");
        _server.Drive(Ns, "hello", d => d.StartPod());

        var delete = await Run(App(), "delete", "--cascade", "foreground");
        var apply = await Run(App(), "apply");

        Assert.Equal((0, "job.batch/hello deleted (foreground)\n"), (delete.ExitCode, delete.StdOut));
        Assert.Equal((0, "job.batch/hello created\n"), (apply.ExitCode, apply.StdOut));
    }

    [Fact]
    public async Task Delete_WaitFalse_ReturnsWhileTerminating()
    {
        _server.GarbageCollectionDelay = TimeSpan.FromHours(1);
        await Run(App(), "apply");

        var delete = await Run(App(), "delete", "--cascade", "foreground", "--wait=false");

        Assert.Equal(0, delete.ExitCode);
        Assert.NotNull(_server.Get("jobs", Ns, "hello")!["metadata"]!["deletionTimestamp"]);
    }

    [Fact]
    public async Task Delete_StillThereAtTheTimeout_Exit3WithOneLine()
    {
        _server.GarbageCollectionDelay = TimeSpan.FromHours(1);
        await Run(App(), "apply");

        var delete = await Run(App(), "delete", "--cascade", "foreground", "--timeout", "300ms");

        Assert.Equal(3, delete.ExitCode);
        Assert.Equal(
            "job/hello: error JS3017: job.batch/hello was still there 0.3 s after the delete (a foreground delete waits for its pods; finalizers can hold it)\n",
            delete.StdErr);
    }

    [Fact]
    public async Task Delete_TimeoutNotADuration_UsageError()
    {
        var delete = await Run(App(), "delete", "--timeout", "soon");

        Assert.Equal(2, delete.ExitCode);
        Assert.Contains("--timeout: \"soon\" is not a duration", delete.StdErr, StringComparison.Ordinal);
        Assert.Empty(_server.Deletes);
    }

    [Fact]
    public async Task Apply_ServerWarning_PrintedOnStandardErrorAsKubectlDoes()
    {
        _server.Warn("spec.template.spec.containers[0].image: \"latest\" tags are discouraged", r => r.Method == "PATCH");

        var result = await Run(App(), "apply");

        Assert.Equal((0, "job.batch/hello created\n"), (result.ExitCode, result.StdOut));
        Assert.Equal("Warning: spec.template.spec.containers[0].image: \"latest\" tags are discouraged\n", result.StdErr);
    }

    [Fact]
    public async Task Diff_ConflictWithAnotherManager_ShownNotForced()
    {
        await Run(new JobSharpApp().Add(Job.Create("hello").AddContainer("main", "busybox:1.36").WithParallelism(3)), "apply", "--field-manager", "kubectl");

        var diff = await Run(new JobSharpApp().Add(Job.Create("hello").AddContainer("main", "busybox:1.36").WithParallelism(3)), "diff", "--field-manager", "other");
        var changed = await Run(new JobSharpApp().Add(Job.Create("hello").AddContainer("main", "busybox:1.36").WithParallelism(2)), "diff", "--field-manager", "other");

        Assert.Equal((0, string.Empty), (diff.ExitCode, diff.StdErr));
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("-  parallelism: 3\n+  parallelism: 2", changed.StdOut, StringComparison.Ordinal);
        Assert.Contains("apply would fail: fields owned by other field managers would change: .spec.parallelism", changed.StdErr, StringComparison.Ordinal);
        Assert.Contains("apply with --force-conflicts to take them over", changed.StdErr, StringComparison.Ordinal);
    }
}
