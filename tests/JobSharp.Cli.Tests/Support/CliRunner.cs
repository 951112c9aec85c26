namespace JobSharp.Cli.Tests.Support;

/// <summary>The outcome of one run of the command line: exit code and both streams.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr);

/// <summary>Runs a <see cref="JobSharpApp"/> with string writers, the way a shell would run the program.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(JobSharpApp app, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await app.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
