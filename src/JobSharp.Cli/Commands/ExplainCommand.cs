using System.CommandLine;
using JobSharp.Cli.Explain;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>explain</c>: what each Job or CronJob will do, in plain words (Markdown). Invalid objects are reported as
/// <c>validate</c> reports them and not explained; the exit code is then 1. Other kinds are passed over.
/// </summary>
internal sealed class ExplainCommand : ManifestCommand
{
    public ExplainCommand(ManifestInput input)
        : base("explain", "Explain in plain words (Markdown) what each Job or CronJob will do.", input)
    {
    }

    protected override int Run(ParseResult parseResult, IReadOnlyList<ManifestEntry> loaded, Diagnostics diagnostics)
    {
        var entries = OtherObjects.JobsOnly(loaded, diagnostics.Writer, Name);
        var valid = ValidOnly(entries, diagnostics, "explained");
        var output = parseResult.InvocationConfiguration.Output;
        var groups = valid.GroupBy(e => e.Environment).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            // Each environment under its own heading: the same Job in dev and prod can differ in every setting.
            output.Write(groups[i].Key is { } environment ? $"{(i > 0 ? "\n" : string.Empty)}# Environment {environment}\n\n" : string.Empty);
            output.Write(ExplainRenderer.Render(groups[i].Select(e => (object)e.Model)));
        }

        return valid.Count == entries.Count ? ExitCodes.Success : ExitCodes.ManifestProblems;
    }
}
