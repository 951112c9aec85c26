using System.CommandLine;
using JobSharp.Cli.Output;

namespace JobSharp.Cli.Input;

/// <summary>
/// Where a verb's manifests come from: the Jobs a program defines (<see cref="CodeInput"/>), or YAML files named
/// on the command line. Each verb is written once against this.
/// </summary>
internal abstract class ManifestInput
{
    /// <summary>Adds the arguments this input needs (file names, for example) to <paramref name="command"/>.</summary>
    public abstract void Configure(Command command);

    /// <summary>
    /// Reads the manifests. Problems that stop loading are reported to <paramref name="diagnostics"/> and give null.
    /// </summary>
    public abstract IReadOnlyList<ManifestEntry>? Load(ParseResult parseResult, Diagnostics diagnostics);
}
