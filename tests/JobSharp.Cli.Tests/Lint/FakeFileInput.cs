using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Cli.Tests.Lint;

/// <summary>
/// Manifests as if loaded from a YAML file: each entry's origin is the file, and field paths map to the line where
/// the seed fixtures write them (a stand-in for the strict loader's position map).
/// </summary>
internal sealed class FakeFileInput(string file, params IKubernetesObject<V1ObjectMeta>[] models) : ManifestInput
{
    private static readonly Dictionary<string, SourcePosition> Positions = new(StringComparer.Ordinal)
    {
        ["spec"] = new(5, 1),
        ["spec.backoffLimit"] = new(8, 3),
        ["spec.template.spec.containers[0]"] = new(13, 9),
        ["spec.template.spec.containers[0].image"] = new(14, 11),
        ["metadata.annotations"] = new(4, 3),
    };

    public override void Configure(Command command)
    {
    }

    protected override IReadOnlyList<ManifestEntry> LoadEntries(ParseResult parseResult, Diagnostics diagnostics) =>
        [.. models.Select(m => new ManifestEntry(file, m, ValidationResult.Valid, Locate))];

    private static SourcePosition? Locate(string path) => Positions.TryGetValue(path, out var position) ? position : null;
}
