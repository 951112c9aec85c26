using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>validate</c>: every rule the API server applies at create time, checked offline, on the Jobs, CronJobs and
/// ConfigMaps; other objects were read strictly by loading and are passed over (one line says how many).
/// </summary>
internal sealed class ValidateCommand : ManifestCommand
{
    public ValidateCommand(ManifestInput input)
        : base("validate", "Check the manifests the way the Kubernetes API server would, without a cluster.", input)
    {
    }

    protected override int Run(ParseResult parseResult, IReadOnlyList<ManifestEntry> loaded, Diagnostics diagnostics)
    {
        var entries = OtherObjects.Validated(loaded, diagnostics.Writer);
        var problems = entries.Sum(diagnostics.Report);
        var invalid = entries.Count(e => !e.Validation.IsValid);
        if (problems > 0)
        {
            var noun = problems == 1 ? "problem" : "problems";
            diagnostics.Writer.Write($"{invalid} of {entries.Count} manifests invalid, {problems} {noun}.\n");
            return ExitCodes.ManifestProblems;
        }

        var manifests = entries.Count == 1 ? "manifest" : "manifests";
        parseResult.InvocationConfiguration.Output.Write($"{entries.Count} {manifests} valid.\n");
        return ExitCodes.Success;
    }
}
