using System.Diagnostics;
using System.Text;

namespace JobSharp.Cli.Tests.Support;

/// <summary>The outcome of running the tool as a process, with standard output kept as bytes.</summary>
public sealed record ToolProcessResult(int ExitCode, byte[] StdOut, string StdErr);

/// <summary>
/// Runs the JIT-compiled <c>jobsharp</c> tool (JobSharp.Tool.dll, copied next to the tests) as a process, for what
/// only a real process shows: the console's encodings under a locale, a closed standard output.
/// </summary>
public static class ToolProcess
{
    private static readonly string ToolDll = Path.Combine(AppContext.BaseDirectory, "JobSharp.Tool.dll");

    /// <summary>Runs the tool with <paramref name="environment"/> added, <paramref name="stdin"/> as standard input.</summary>
    public static Task<ToolProcessResult> RunAsync(IReadOnlyDictionary<string, string> environment, byte[] stdin, params string[] args) =>
        StartAsync(Dotnet(), [ToolDll, .. args], environment, stdin);

    /// <summary>Runs the tool with its standard output closed (<c>&gt;&amp;-</c> in a shell).</summary>
    public static Task<ToolProcessResult> RunWithClosedOutputAsync(params string[] args) =>
        StartAsync("/bin/sh", ["-c", "exec \"$0\" \"$@\" >&-", Dotnet(), ToolDll, .. args], new Dictionary<string, string>(), []);

    private static string Dotnet() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static async Task<ToolProcessResult> StartAsync(
        string fileName, string[] args, IReadOnlyDictionary<string, string> environment, byte[] stdin)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var token = TestContext.Current.CancellationToken;
        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, token);
        var error = process.StandardError.ReadToEndAsync(token);
        await process.StandardInput.BaseStream.WriteAsync(stdin, token);
        process.StandardInput.Close();
        await process.WaitForExitAsync(token);
        await copy;
        return new ToolProcessResult(process.ExitCode, output.ToArray(), await error);
    }
}
