using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace JobSharp.Cluster.Tests.FakeServer;

/// <summary>Issue 16, item 16: <c>FakeCluster --port 0 --kubeconfig PATH</c> prints <c>ready URL</c> and runs until stdin closes or SIGTERM.</summary>
public sealed class FakeClusterHostTests
{
    private static Process Start(string kubeconfig, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "FakeCluster.dll"), "--port", "0", "--kubeconfig", kubeconfig }.Concat(extra))
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task<string> ReadyAsync(Process process)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.NotNull(line);
        Assert.Matches(@"^ready http://127\.0\.0\.1:\d+$", line);
        return line["ready ".Length..];
    }

    private static async Task<bool> ExitsAsync(Process process)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }
    }

    [Fact]
    public async Task Ready_ServesTheKubeconfigsServer_AndEndsWhenStdinCloses()
    {
        using var folder = new TempFolder();
        var kubeconfig = Path.Combine(folder.Path, "config");
        using var process = Start(kubeconfig);

        var url = await ReadyAsync(process);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var version = await http.GetFromJsonAsync<JsonObject>("/version", TestContext.Current.CancellationToken);
        process.StandardInput.Close();

        Assert.Contains($"server: {url}\n", await File.ReadAllTextAsync(kubeconfig, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("1", version!["major"]!.GetValue<string>());
        Assert.True(await ExitsAsync(process));
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Sigterm_Ends()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "POSIX signals are sent with kill, which Windows does not have.");
        using var folder = new TempFolder();
        using var process = Start(Path.Combine(folder.Path, "config"));
        await ReadyAsync(process);

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(await ExitsAsync(process));
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task UnknownScenario_UsageExit2()
    {
        using var folder = new TempFolder();
        using var process = Start(Path.Combine(folder.Path, "config"), "--scenario", "explode");

        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.True(await ExitsAsync(process));
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("unknown scenario \"explode\"", error, StringComparison.Ordinal);
    }
}
