using JobSharp.Cli.Import;
using JobSharp.Cli.Input;

namespace JobSharp.Cli;

/// <summary>The <c>jobsharp</c> tool: the same verbs as <see cref="JobSharpApp"/>, over YAML files.</summary>
internal static class ToolCommandLine
{
    public const string Description = "Validate, format, lint, explain, run and import Kubernetes Jobs and CronJobs written in YAML.";

    public static Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, Func<Stream> standardInput, CancellationToken cancellationToken)
    {
        var root = CommandLine.Create(Description, new FileInput(standardInput), [input => new ImportCommand(input)]);
        return CommandLine.RunAsync(root, args, output, error, cancellationToken);
    }
}
