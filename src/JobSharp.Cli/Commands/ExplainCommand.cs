using System.CommandLine;
using JobSharp.Cli.Explain;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;

namespace JobSharp.Cli.Commands;

/// <summary><c>explain</c>: what each Job or CronJob will do, in plain words (Markdown).</summary>
internal sealed class ExplainCommand : Command
{
    private readonly ManifestInput _input;

    public ExplainCommand(ManifestInput input)
        : base("explain", "Explain in plain words (Markdown) what each Job or CronJob will do.")
    {
        _input = input;
        input.Configure(this);
        SetAction((parseResult, _) => Task.FromResult(Run(parseResult)));
    }

    private int Run(ParseResult parseResult)
    {
        var diagnostics = new Diagnostics(parseResult.InvocationConfiguration.Error);
        var entries = _input.Load(parseResult, diagnostics);
        if (entries is null)
        {
            return diagnostics.LoadFailureExitCode;
        }

        parseResult.InvocationConfiguration.Output.Write(ExplainRenderer.Render(entries.Select(e => (object)e.Model)));
        return ExitCodes.Success;
    }
}
