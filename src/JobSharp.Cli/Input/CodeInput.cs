using System.CommandLine;
using System.Globalization;
using JobSharp.Cli.Commands;
using JobSharp.Cli.Output;
using JobSharp.Environments;

namespace JobSharp.Cli.Input;

/// <summary>
/// The manifests a program defines in C# and hands to <see cref="JobSharpApp"/>: its own, or those of its
/// environments, of which <c>--env NAME</c> selects one.
/// </summary>
internal sealed class CodeInput : ManifestInput
{
    private readonly IReadOnlyList<CodeSet> _sets;
    private readonly Option<string?> _environment;

    private CodeInput(IReadOnlyList<CodeSet> sets)
    {
        _sets = sets;
        var names = sets.Select(s => s.Environment).OfType<string>().ToArray();
        _environment = new Option<string?>("--env")
        {
            Description = $"Only this environment ({string.Join(", ", names)}); the cluster verbs use its kube context unless --context names one.",
        };
        OptionRules.AcceptOnly(_environment, names);
    }

    public override string CommandPrefix => "dotnet run --";

    /// <summary>The program's manifests, with the common labels and annotations each set's objects carry.</summary>
    public static CodeInput Of(JobSharpApp app) =>
        new(app.Environments.Count == 0
            ? [new CodeSet(null, null, [.. app.Manifests], app.Metadata)]
            : [.. app.Environments.Select(e => new CodeSet(e.Name, e.KubeContext, [.. e.Manifests], e.Metadata))]);

    public override void Configure(Command command)
    {
        if (_sets.Any(s => s.Environment is not null))
        {
            command.Options.Add(_environment);
        }
    }

    public override IReadOnlyList<string> DefinedEnvironments => [.. _sets.Select(s => s.Environment).OfType<string>()];

    public override IReadOnlyList<string> Environments(ParseResult parseResult) =>
        [.. Selected(parseResult).Select(s => s.Environment).OfType<string>()];

    public override string? KubeContext(ParseResult parseResult) =>
        Selected(parseResult).ToList() is [{ KubeContext: { } context }] ? context : null;

    protected override IReadOnlyList<ManifestEntry> LoadEntries(ParseResult parseResult, Diagnostics diagnostics) =>
        [.. Selected(parseResult).SelectMany(set => set.Sources.Select((source, index) => ToEntry(set, source, index)))];

    private IEnumerable<CodeSet> Selected(ParseResult parseResult) =>
        parseResult.GetResult(_environment) is not null && parseResult.GetValue(_environment) is { } name
            ? _sets.Where(s => s.Environment == name)
            : _sets;

    // One model per source: validated and then rendered, applied or linted as it is.
    private static ManifestEntry ToEntry(CodeSet set, IManifestSource source, int index)
    {
        var model = set.Metadata.ApplyTo(source.ToModel());
        var origin = ObjectNames.Describe(source.Kind, source.Name, model.Metadata?.NamespaceProperty, set.Environment);
        var owner = set.Environment is null ? "the program" : $"environment {set.Environment}";
        var definition = string.Create(CultureInfo.InvariantCulture, $"manifest #{index + 1} added to {owner}");
        return new ManifestEntry(origin, model, Check(model), Definition: definition, Environment: set.Environment);
    }

    /// <summary>The manifests of the program or of one environment, and what they share.</summary>
    private sealed record CodeSet(string? Environment, string? KubeContext, IReadOnlyList<IManifestSource> Sources, CommonMetadata Metadata);
}
