using System.Diagnostics;

namespace JobSharp.Cluster.Tests.Support;

/// <summary>
/// The real kubectl, run against a fake with its own kubeconfig (KUBECONFIG set for the child only, never the
/// user's), each call bounded by a timeout so that a hang fails the test fast.
/// </summary>
internal static class Kubectl
{
    /// <summary>The kubectl executable: <c>KUBECTL</c> when set, else the first on the PATH; null when there is none.</summary>
    public static string? Path { get; } = Find();

    public const string Missing = "kubectl is not on the PATH (nor named by KUBECTL): the kubectl conformance tests need the real client. Install kubectl 1.32 or later.";

    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string kubeconfig, params string[] args)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(Missing))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["KUBECONFIG"] = kubeconfig;
        start.Environment["HOME"] = System.IO.Path.GetDirectoryName(kubeconfig)!;
        start.Environment.Remove("KUBECTL_EXTERNAL_DIFF");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"kubectl {string.Join(' ', args)} did not finish within 60 s");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("KUBECTL") is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : null;
        }

        var name = OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl";
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
