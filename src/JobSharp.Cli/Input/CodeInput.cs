using System.CommandLine;
using JobSharp.Cli.Output;
using JobSharp.Validation;

namespace JobSharp.Cli.Input;

/// <summary>The manifests a program defines in C# and hands to <see cref="JobSharpApp"/>.</summary>
internal sealed class CodeInput(IReadOnlyList<IManifestSource> sources) : ManifestInput
{
    public override void Configure(Command command)
    {
    }

    public override IReadOnlyList<ManifestEntry> Load(ParseResult parseResult, Diagnostics diagnostics) =>
        [.. sources.Select(ToEntry)];

    // One model per source: validated and then rendered, applied or linted as it is.
    private static ManifestEntry ToEntry(IManifestSource source)
    {
        var model = source.ToModel();
        return new ManifestEntry($"{source.Kind.ToLowerInvariant()}/{source.Name}", model, ManifestValidator.Validate(model));
    }
}
