using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Cli.Input;

/// <summary>
/// One object a verb works on, with where it came from and what validation found. An entry read from a file holds
/// its model; an entry defined in code holds only its outline and builds the model again from its definition on
/// each use, so a verb over many objects (render -o of 100,000 Jobs) does not keep them all in memory twice.
/// </summary>
internal sealed class ManifestEntry
{
    private readonly IKubernetesObject<V1ObjectMeta>? _loaded;
    private readonly IDefinedObject? _defined;
    private string? _origin;

    /// <summary>An object read from a file (or given as a model): the entry holds it.</summary>
    /// <param name="origin">Names the object in diagnostics: the file name.</param>
    /// <param name="model">The loaded model.</param>
    /// <param name="validation">The validation outcome.</param>
    /// <param name="locate">Maps a field path to its line and column in the source file, when there is one.</param>
    /// <param name="sourceFile">The full path of the file the object was read from; null for standard input.</param>
    public ManifestEntry(string origin, IKubernetesObject<V1ObjectMeta> model, ValidationResult validation, Func<string, SourcePosition?>? locate = null, string? sourceFile = null)
        : this(model, validation, environment: null, defined: null)
    {
        _loaded = model;
        _origin = origin;
        Locate = locate;
        SourceFile = sourceFile;
    }

    private ManifestEntry(IKubernetesObject<V1ObjectMeta> model, ValidationResult validation, string? environment, IDefinedObject? defined)
    {
        _defined = defined;
        Validation = validation;
        Environment = environment;
        Kind = model.Kind;
        Name = model.Metadata?.Name ?? string.Empty;
        Namespace = model.Metadata?.NamespaceProperty;
        GenerateName = model.Metadata?.GenerateName ?? string.Empty;
        IsJobOrCronJob = model is V1Job or V1CronJob;
        IsValidated = HasApiRules(model);
        IsSecret = model is V1Secret;
    }

    /// <summary>
    /// An object defined in code. It is built once here to take its outline and validate it, and again whenever
    /// <see cref="Model"/> is read.
    /// </summary>
    /// <param name="defined">The definition.</param>
    /// <param name="validate">Validates a model.</param>
    /// <param name="environment">The environment the object belongs to; null for programs without environments.</param>
    public static ManifestEntry Defined(IDefinedObject defined, Func<IKubernetesObject<V1ObjectMeta>, ValidationResult> validate, string? environment)
    {
        var model = defined.Build();
        var validation = validate(model);

        // Most objects are valid: they share one result rather than each holding an empty one.
        return new ManifestEntry(model, validation.IsValid ? ValidationResult.Valid : validation, environment, defined);
    }

    /// <summary>Names the object in diagnostics: <c>job/NAME (namespace NS)</c> for code, the file name for YAML.</summary>
    public string Origin => _origin ??= ObjectNames.Describe(Kind, Name, Namespace, Environment);

    /// <summary>The built or loaded model (for code, a fresh one on each read).</summary>
    public IKubernetesObject<V1ObjectMeta> Model => _loaded ?? _defined!.Build();

    /// <summary>The validation outcome.</summary>
    public ValidationResult Validation { get; }

    /// <summary>Maps a field path to its line and column in the source file, when there is one.</summary>
    public Func<string, SourcePosition?>? Locate { get; }

    /// <summary>Where the object is defined, for objects that have no file (the n-th one a program added).</summary>
    public string? Definition => _defined?.Where;

    /// <summary>The full path of the file the object was read from; null for code and standard input.</summary>
    public string? SourceFile { get; }

    /// <summary>The environment the object belongs to; null for programs without environments and for files.</summary>
    public string? Environment { get; }

    public string Kind { get; }

    public string Name { get; }

    public string? Namespace { get; }

    /// <summary>The prefix of generated names, for objects that have no name of their own.</summary>
    public string GenerateName { get; }

    /// <summary>True for the objects validate, lint, explain and the cluster verbs work on; the others are only rendered.</summary>
    public bool IsJobOrCronJob { get; }

    /// <summary>True for the objects validate checks: Jobs, CronJobs and ConfigMaps, whose API server rules JobSharp knows.</summary>
    public bool IsValidated { get; }

    /// <summary>True for Secrets, whose values no verb but render prints.</summary>
    public bool IsSecret { get; }

    /// <summary>The object as messages name it: <c>job/NAME (namespace NS, environment ENV)</c>.</summary>
    public string Reference => ObjectNames.Describe(Kind, Name.Length > 0 ? Name : GenerateName + "*", Namespace, Environment);

    /// <summary>Where the object is defined: <c>FILE:LINE:COL</c> of its name, or <see cref="Definition"/>.</summary>
    public string Place => Definition ?? (Locate?.Invoke("metadata.name") is { } p ? $"{Origin}:{p.Line}:{p.Column}" : Origin);

    /// <summary>True for the kinds whose API server validation JobSharp implements.</summary>
    public static bool HasApiRules(IKubernetesObject<V1ObjectMeta> model) => model is V1Job or V1CronJob or V1ConfigMap;
}

/// <summary>An object defined in code, which builds a fresh model on each call, the same every time.</summary>
internal interface IDefinedObject
{
    /// <summary>Where the object is defined, for messages: <c>manifest #3 added to environment dev</c>.</summary>
    string Where { get; }

    /// <summary>Builds the model.</summary>
    IKubernetesObject<V1ObjectMeta> Build();
}

/// <summary>A line and column in a source file, both starting at 1.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column.</param>
internal readonly record struct SourcePosition(int Line, int Column);
