using JobSharp.Cli.Tests.Support;
using JobSharp.Cli.Tests.Tool;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// An API server that accepts the connection and never answers: no cluster verb may hang on it, a <c>--timeout</c>
/// ends in exit 3, a request that gets no answer in exit 2 with a line naming the server and the time, and Ctrl+C
/// still says cancelled.
/// </summary>
public sealed class ClusterTimeoutTests : IAsyncDisposable
{
    private static readonly string Hello = Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus", "cluster", "hello.yaml");
    private readonly TempFolder _folder = new();
    private readonly SilentApiServer _silent = SilentApiServer.Start();

    public async ValueTask DisposeAsync()
    {
        await _silent.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task ApplyWait_TimeoutAndTheServerNeverAnswers_Exit3TimedOut()
    {
        var result = await Silent("apply", Hello, "--wait", "--timeout", "2s");

        Assert.Equal((3, string.Empty), (result.ExitCode, result.StdOut));
        Assert.Equal("job/hello timed out: not applied after 2 s\n", result.StdErr);
    }

    [Fact]
    public async Task ApplyWait_TimeoutShorterThanTheRequestTimeout_Exit3TimedOut()
    {
        var result = await Silent("apply", Hello, "--wait", "--timeout", "1s", "--request-timeout", "20s");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("job/hello timed out: not applied after 1 s\n", result.StdErr);
    }

    [Fact]
    public async Task ApplyWait_RequestTimeoutShorterThanTheTimeout_Exit2NoAnswer()
    {
        var result = await Silent("apply", Hello, "--wait", "--timeout", "20s", "--request-timeout", "1s");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{Hello}: error JS3019: reading job.batch/hello: the API server at {_silent.Address} did not answer within 1 s\n", result.StdErr);
    }

    [Theory]
    [InlineData("apply")]
    [InlineData("status")]
    [InlineData("logs")]
    [InlineData("delete")]
    [InlineData("diff")]
    public async Task Verb_ServerNeverAnswers_Exit2NamingTheServerAndTheTime(string verb)
    {
        var result = await Silent(verb, Hello, "--request-timeout", "1s");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{Hello}: error JS3019: ", result.StdErr, StringComparison.Ordinal);
        Assert.EndsWith($": the API server at {_silent.Address} did not answer within 1 s\n", result.StdErr, StringComparison.Ordinal);
        Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Status_RequestTimeoutNotADuration_UsageError()
    {
        var result = await Silent("status", Hello, "--request-timeout", "soon");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--request-timeout: \"soon\" is not a duration", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, _silent.BytesReceived);
    }

    [Fact]
    public async Task Help_ClusterVerbs_DocumentTheRequestTimeout()
    {
        var result = await ToolRunner.RunAsync("status", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--request-timeout", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyWait_RetryAfterLongerThanTheTimeout_Exit3WithoutSleeping()
    {
        await using var server = await FakeApiServer.StartAsync();
        server.FailNext(429, count: 10, retryAfter: "120");
        var kubeconfig = server.WriteKubeconfig(_folder.Path, "throttled");

        var result = await ToolRunner.RunAsync("apply", Hello, "--wait", "--timeout", "1s", "--request-timeout", "0", "--kubeconfig", kubeconfig);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("job/hello timed out: not applied after 1 s\n", result.StdErr);
    }

    [Fact]
    public async Task ApplyWait_CancelledWhileTheServerIsSilent_SaysCancelledNotTimedOut()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var args = new[] { "apply", Hello, "--wait", "--timeout", "30s", "--kubeconfig", _silent.WriteKubeconfig(_folder.Path) };

        var run = ToolCommandLine.RunAsync(args, output, error, () => new MemoryStream(), cancel.Token);
        await _silent.RequestSeen.WaitAsync(TestContext.Current.CancellationToken);
        await cancel.CancelAsync();
        var code = await run;

        Assert.Equal(130, code);
        Assert.EndsWith("cancelled\n", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("timed out", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("did not answer", error.ToString(), StringComparison.Ordinal);
    }

    private Task<CliResult> Silent(params string[] args) =>
        ToolRunner.RunAsync([.. args, "--kubeconfig", _silent.WriteKubeconfig(_folder.Path)]);
}
