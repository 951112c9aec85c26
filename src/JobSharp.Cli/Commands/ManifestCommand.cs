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

    /// <summary>
    /// The entries the API server would accept. The others are reported the way <c>validate</c> reports them, with a
    /// summary line ending "invalid manifests are not <paramref name="verbed"/>": describing or linting an object
    /// the API server refuses would present it as something that can run.
    /// </summary>
    protected static IReadOnlyList<ManifestEntry> ValidOnly(IReadOnlyList<ManifestEntry> entries, Diagnostics diagnostics, string verbed)
    {
        var problems = entries.Sum(diagnostics.Report);
        var valid = entries.Where(e => e.Validation.IsValid).ToList();
        if (valid.Count < entries.Count)
        {
            var noun = problems == 1 ? "problem" : "problems";
            diagnostics.Writer.Write(
                $"{entries.Count - valid.Count} of {entries.Count} manifests invalid, {problems} {noun}; invalid manifests are not {verbed}.\n");
        }

        return valid;
    }

    private int Run(ParseResult parseResult)
    {
        var diagnostics = new Diagnostics(parseResult.InvocationConfiguration.Error);
        var entries = _input.Load(parseResult, diagnostics);
        return entries is null ? diagnostics.LoadFailureExitCode : Run(parseResult, entries, diagnostics);
    }
}
