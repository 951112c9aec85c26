using System.Text;
using JobSharp.Cli.Tests.Support;

namespace JobSharp.Cli.Tests.Tool;

/// <summary>Runs the <c>jobsharp</c> tool's command line in-process, with optional standard input.</summary>
internal static class ToolRunner
{
    public static Task<CliResult> RunWithInputAsync(string stdin, params string[] args) =>
        RunWithBytesAsync(Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>Runs with <paramref name="stdin"/> as the bytes of standard input.</summary>
    public static async Task<CliResult> RunWithBytesAsync(byte[] stdin, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await ToolCommandLine.RunAsync(
            args, output, error, () => new MemoryStream(stdin), TestContext.Current.CancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    public static string SeedStream() =>
        string.Join("---\n", new[] { "hello-job", "db-migration", "batch-processor" }
            .Select(n => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seed", $"{n}.yaml"))));
}
