using System.CommandLine;
using System.Globalization;
using JobSharp.Cli.Commands;
using JobSharp.Cli.Output;
using JobSharp.Environments;
using k8s;
using k8s.Models;

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

    // One outline per source; its model is built again whenever a verb reads it, the same each time.
    private static ManifestEntry ToEntry(CodeSet set, IManifestSource source, int index) =>
        ManifestEntry.Defined(new Definition(set, source, index), Check, set.Environment);

    /// <summary>The n-th definition added to the program or to an environment.</summary>
    private sealed class Definition(CodeSet set, IManifestSource source, int index) : IDefinedObject
    {
        public string Where => string.Create(CultureInfo.InvariantCulture, $"manifest #{index + 1} added to {set.Owner}");

        public IKubernetesObject<V1ObjectMeta> Build() => set.Metadata.ApplyTo(source.ToModel());
    }

    /// <summary>The manifests of the program or of one environment, and what they share.</summary>
    private sealed record CodeSet(string? Environment, string? KubeContext, IReadOnlyList<IManifestSource> Sources, CommonMetadata Metadata)
    {
        /// <summary>Who the set's definitions were added to, for messages: <c>the program</c> or <c>environment dev</c>.</summary>
        public string Owner { get; } = Environment is null ? "the program" : $"environment {Environment}";
    }
}
