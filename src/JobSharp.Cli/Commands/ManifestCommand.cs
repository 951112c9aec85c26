using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;

namespace JobSharp.Cli.Commands;

/// <summary>
/// The shared shape of the offline verbs (render, validate, lint, explain): load the manifests, stop with the
/// input's exit code when nothing could be loaded, otherwise run the verb on what was loaded.
/// </summary>
internal abstract class ManifestCommand : Command
{
    private readonly ManifestInput _input;

    protected ManifestCommand(string name, string description, ManifestInput input)
        : base(name, description)
    {
        _input = input;
        input.Configure(this);
        SetAction((parseResult, cancellationToken) =>
        {
            // Offline verbs take milliseconds: a cancellation is honoured before they start, not halfway.
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Run(parseResult));
        });
    }

    /// <summary>Runs the verb on the loaded manifests; returns the exit code.</summary>
    protected abstract int Run(ParseResult parseResult, IReadOnlyList<ManifestEntry> entries, Diagnostics diagnostics);

    private int Run(ParseResult parseResult)
    {
        var diagnostics = new Diagnostics(parseResult.InvocationConfiguration.Error);
        var entries = _input.Load(parseResult, diagnostics);
        return entries is null ? diagnostics.LoadFailureExitCode : Run(parseResult, entries, diagnostics);
    }
}
