using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Cli.Input;

/// <summary>One object a verb works on, with where it came from and what validation found.</summary>
/// <param name="Origin">Names the object in diagnostics: <c>job/NAME (namespace NS)</c> for code, the file name for YAML.</param>
/// <param name="Model">The built or loaded model.</param>
/// <param name="Validation">The validation outcome.</param>
/// <param name="Locate">Maps a field path to its line and column in the source file, when there is one.</param>
/// <param name="Definition">Where the object is defined, for objects that have no file (the n-th one a program added).</param>
/// <param name="SourceFile">The full path of the file the object was read from; null for code and standard input.</param>
/// <param name="Environment">The environment the object belongs to; null for programs without environments and for files.</param>
internal sealed record ManifestEntry(
    string Origin,
    IKubernetesObject<V1ObjectMeta> Model,
    ValidationResult Validation,
    Func<string, SourcePosition?>? Locate = null,
    string? Definition = null,
    string? SourceFile = null,
    string? Environment = null)
{
    public string Kind => Model.Kind;

    /// <summary>True for the objects validate, lint, explain and the cluster verbs work on; the others are only rendered.</summary>
    public bool IsJobOrCronJob => Model is V1Job or V1CronJob;

    /// <summary>True for the objects validate checks: Jobs, CronJobs and ConfigMaps, whose API server rules JobSharp knows.</summary>
    public bool IsValidated => HasApiRules(Model);

    /// <summary>True for the kinds whose API server validation JobSharp implements.</summary>
    public static bool HasApiRules(IKubernetesObject<V1ObjectMeta> model) => model is V1Job or V1CronJob or V1ConfigMap;

    public string Name => Model.Metadata?.Name ?? string.Empty;

    public string? Namespace => Model.Metadata?.NamespaceProperty;

    /// <summary>The object as messages name it: <c>job/NAME (namespace NS, environment ENV)</c>.</summary>
    public string Reference => ObjectNames.Describe(Kind, Name.Length > 0 ? Name : GenerateName + "*", Namespace, Environment);

    /// <summary>The prefix of generated names, for objects that have no name of their own.</summary>
    public string GenerateName => Model.Metadata?.GenerateName ?? string.Empty;

    /// <summary>Where the object is defined: <c>FILE:LINE:COL</c> of its name, or <see cref="Definition"/>.</summary>
    public string Place => Definition ?? (Locate?.Invoke("metadata.name") is { } p ? $"{Origin}:{p.Line}:{p.Column}" : Origin);
}

/// <summary>A line and column in a source file, both starting at 1.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column.</param>
internal readonly record struct SourcePosition(int Line, int Column);
