using System.Diagnostics;
using System.Runtime.Versioning;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// Issue "Trust", case 7: Ctrl+C (SIGINT) and SIGTERM end a run with one line, <c>cancelled</c>, and exit code 130,
/// whatever the verb was doing. The signals are sent to a real process: the SeedJobs program, waiting on a Job
/// that never finishes.
/// </summary>
public sealed class InterruptionTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FakeApiServer _server = null!;
    private string _kubeconfig = string.Empty;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Namespaces = ["myspace"] });
        _kubeconfig = _server.WriteKubeconfig(_folder.Path, "fake", "myspace");
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    [UnsupportedOSPlatform("windows")]
    public async Task Signal_WhileWaiting_EndsWithCancelledAndExit130(string signal)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "POSIX signals are sent with kill, which Windows does not have.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "SeedJobs.dll", "apply", "--name", "hello-job", "--wait", "--timeout", "5m", "--kubeconfig", _kubeconfig })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var ct = TestContext.Current.CancellationToken;
        var error = process.StandardError.ReadToEndAsync(ct);
        var created = await process.StandardOutput.ReadLineAsync(ct);
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(ct);
        }

        await process.WaitForExitAsync(ct);

        Assert.Equal("job.batch/hello-job created", created);
        Assert.Equal(130, process.ExitCode);
        Assert.EndsWith("cancelled\n", await error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerCancels_EndsWithCancelledAndExit130()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await new JobSharpApp().Add(Job.Create("hello").AddContainer("main", "busybox:1.36"))
            .RunAsync(["apply", "--wait", "--kubeconfig", _kubeconfig], output, error, cancelled.Token);

        Assert.Equal(130, code);
        Assert.Equal("cancelled\n", error.ToString());
    }

    [Fact]
    public async Task CallerCancelsAnOfflineVerb_NothingIsWritten()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await ToolCommandLine.RunAsync(
            ["render", Path.Combine(AppContext.BaseDirectory, "Seed", "hello-job.yaml"), "-o", _folder.File("out")],
            output, error, () => new MemoryStream(), cancelled.Token);

        Assert.Equal((130, "cancelled\n"), (code, error.ToString()));
        Assert.False(Directory.Exists(_folder.File("out")));
    }
}
