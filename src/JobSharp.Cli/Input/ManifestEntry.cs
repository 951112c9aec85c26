using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Cli.Input;

/// <summary>One object a verb works on, with where it came from and what validation found.</summary>
/// <param name="Origin">Names the object in diagnostics: <c>job/NAME</c> for code, the file name for YAML.</param>
/// <param name="Model">The built or loaded model.</param>
/// <param name="Validation">The validation outcome.</param>
/// <param name="Locate">Maps a field path to its line and column in the source file, when there is one.</param>
internal sealed record ManifestEntry(
    string Origin,
    IKubernetesObject<V1ObjectMeta> Model,
    ValidationResult Validation,
    Func<string, SourcePosition?>? Locate = null)
{
    public string Kind => Model.Kind;

    public string Name => Model.Metadata?.Name ?? string.Empty;

    public string? Namespace => Model.Metadata?.NamespaceProperty;
}

/// <summary>A line and column in a source file, both starting at 1.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column.</param>
internal readonly record struct SourcePosition(int Line, int Column);
