using System.CommandLine;
using JobSharp.Cli.Output;

namespace JobSharp.Cli.Input;

/// <summary>The manifests a program defines in C# and hands to <see cref="JobSharpApp"/>.</summary>
internal sealed class CodeInput(IReadOnlyList<IManifestSource> sources) : ManifestInput
{
    public override void Configure(Command command)
    {
    }

    public override IReadOnlyList<ManifestEntry> Load(ParseResult parseResult, Diagnostics diagnostics) =>
        [.. sources.Select(source => new ManifestEntry(
            $"{source.Kind.ToLowerInvariant()}/{source.Name}", source.ToModel(), source.Validate()))];
}
