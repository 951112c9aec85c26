using System.CommandLine;
using JobSharp.Cli.Explain;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;

namespace JobSharp.Cli.Commands;

/// <summary><c>explain</c>: what each Job or CronJob will do, in plain words (Markdown).</summary>
internal sealed class ExplainCommand : ManifestCommand
{
    public ExplainCommand(ManifestInput input)
        : base("explain", "Explain in plain words (Markdown) what each Job or CronJob will do.", input)
    {
    }

    protected override int Run(ParseResult parseResult, IReadOnlyList<ManifestEntry> entries, Diagnostics diagnostics)
    {
        parseResult.InvocationConfiguration.Output.Write(ExplainRenderer.Render(entries.Select(e => (object)e.Model)));
        return ExitCodes.Success;
    }
}
