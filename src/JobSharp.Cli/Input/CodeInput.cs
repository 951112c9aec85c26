using System.CommandLine;
using System.Globalization;
using JobSharp.Cli.Output;
using JobSharp.Linting;

namespace JobSharp.Cli.Input;

/// <summary>The manifests a program defines in C# and hands to <see cref="JobSharpApp"/>.</summary>
internal sealed class CodeInput(IReadOnlyList<IManifestSource> sources) : ManifestInput
{
    public override string CommandPrefix => "dotnet run --";

    public override void Configure(Command command)
    {
    }

    protected override IReadOnlyList<ManifestEntry> LoadEntries(ParseResult parseResult, Diagnostics diagnostics) =>
        [.. sources.Select(ToEntry)];

    // One model per source: validated and then rendered, applied or linted as it is.
    private static ManifestEntry ToEntry(IManifestSource source, int index)
    {
        var model = source.ToModel();
        var origin = ManifestRef.Describe(source.Kind, source.Name, model.Metadata?.NamespaceProperty);
        var definition = string.Create(CultureInfo.InvariantCulture, $"manifest #{index + 1} added to the program");
        return new ManifestEntry(origin, model, Check(model), Definition: definition);
    }
}
