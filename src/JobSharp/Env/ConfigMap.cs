using System.Collections.Immutable;
using JobSharp.Internal;
using JobSharp.Rendering;
using JobSharp.Validation;
using JobSharp.Validation.Rules;
using k8s;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A ConfigMap defined in code, as an immutable value: rendered beside the Jobs that read it, and a source of
/// checked references. <see cref="Key"/> refuses a key the ConfigMap does not have, so a misspelt env reference
/// fails where it is written, not when the pod starts. It converts implicitly to a <see cref="ConfigMapRef"/>
/// wherever one is expected (<c>AddEnvFrom</c>, <c>Volume.FromConfigMap</c>).
/// </summary>
/// <example><code>
/// var config = ConfigMap.Create("mysql-config").InNamespace("shop").WithData("DB_HOST", "mysql.shop");
/// var job = Job.Create("migrate").InNamespace("shop")
///     .AddContainer("migrate", "acme/migrate:1.4", c => c.WithEnv("DB_HOST", config.Key("DB_HOST")));
/// new JobSharpApp().Add(config).Add(job);
/// </code></example>
public sealed class ConfigMap : IManifestSource, IHasMetadata<ConfigMap>
{
    private readonly State _state;

    private ConfigMap(State state) => _state = state;

    /// <summary>The ConfigMap's name.</summary>
    public string Name => _state.Name;

    /// <summary>The ConfigMap's namespace, or null when none is set.</summary>
    public string? Namespace => _state.Namespace;

    /// <summary>The entries (<c>data</c>), sorted by key.</summary>
    public IReadOnlyDictionary<string, string> Data => _state.Data;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Labels => _state.Labels;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Annotations => _state.Annotations;

    /// <inheritdoc />
    string IManifestSource.Kind => "ConfigMap";

    /// <summary>A reference to this ConfigMap, by name.</summary>
    public ConfigMapRef Ref => ConfigMapRef.Named(_state.Name);

    /// <summary>The reference to a ConfigMap defined in code, for the methods that take one.</summary>
    /// <param name="configMap">The ConfigMap.</param>
    /// <exception cref="ArgumentNullException"><paramref name="configMap"/> is null.</exception>
    public static implicit operator ConfigMapRef(ConfigMap configMap) => Guard.NotNull(configMap).Ref;

    /// <summary>Creates an empty ConfigMap.</summary>
    /// <param name="name">The ConfigMap's name (a DNS subdomain; validation checks it).</param>
    /// <returns>The ConfigMap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static ConfigMap Create(string name) => new(new State { Name = Guard.NotNull(name) });

    /// <summary>Places the ConfigMap in a namespace (<c>metadata.namespace</c>).</summary>
    /// <param name="namespace">The namespace.</param>
    /// <returns>A new ConfigMap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="namespace"/> is null.</exception>
    public ConfigMap InNamespace(string @namespace) => new(_state with { Namespace = Guard.NotNull(@namespace) });

    /// <summary>Sets the entry <paramref name="key"/>, replacing any value it had.</summary>
    /// <param name="key">A file-name-like key: letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, at most 253 characters.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new ConfigMap.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a valid ConfigMap key.</exception>
    public ConfigMap WithData(string key, string value)
    {
        Guard.NotNull(key);
        Guard.NotNull(value);
        if (NameRules.ConfigKey(key) is [var problem, ..])
        {
            throw Guard.Invalid($"'{key}' is not a valid ConfigMap key: {problem}.", nameof(key));
        }

        return new(_state with { Data = _state.Data.SetItem(key, value) });
    }

    /// <summary>Removes the entry <paramref name="key"/>, if it is set.</summary>
    /// <param name="key">The key.</param>
    /// <returns>A new ConfigMap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public ConfigMap WithoutData(string key) => new(_state with { Data = _state.Data.Remove(Guard.NotNull(key)) });

    /// <inheritdoc />
    public ConfigMap WithLabels(IEnumerable<KeyValuePair<string, string>> labels) => new(_state with { Labels = Maps.From(labels, nameof(labels)) });

    /// <inheritdoc />
    public ConfigMap WithAnnotations(IEnumerable<KeyValuePair<string, string>> annotations) =>
        new(_state with { Annotations = Maps.From(annotations, nameof(annotations)) });

    /// <summary>One key of this ConfigMap, as an env value source; the key must be one the ConfigMap has.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The ConfigMap has no entry <paramref name="key"/>.</exception>
    public ConfigMapKey Key(string key)
    {
        Guard.NotNull(key);
        return _state.Data.ContainsKey(key)
            ? Ref.Key(key)
            : throw Guard.Invalid($"The ConfigMap '{Name}' has no key '{key}' (it has: {string.Join(", ", _state.Data.Keys)}).", nameof(key));
    }

    /// <summary>Builds a fresh <see cref="V1ConfigMap"/> without validating it.</summary>
    /// <returns>A new <see cref="V1ConfigMap"/>.</returns>
    public V1ConfigMap ToModel() => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta
        {
            Name = _state.Name,
            NamespaceProperty = _state.Namespace,
            Labels = Maps.ToModel(_state.Labels),
            Annotations = Maps.ToModel(_state.Annotations),
        },
        Data = Maps.ToModel(_state.Data),
    };

    /// <summary>Builds a fresh, validated <see cref="V1ConfigMap"/>.</summary>
    /// <returns>A new <see cref="V1ConfigMap"/>.</returns>
    /// <exception cref="ManifestValidationException">The ConfigMap is invalid; the exception lists every problem.</exception>
    public V1ConfigMap Build() =>
        ManifestValidator.Checked(ToModel());

    /// <summary>Checks the ConfigMap the way the API server would, without throwing.</summary>
    /// <returns>Every problem found; empty when the ConfigMap is valid.</returns>
    public ValidationResult Validate() => ManifestValidator.Validate(ToModel());

    /// <summary>Renders the validated ConfigMap as canonical YAML.</summary>
    /// <returns>One YAML document, ending with a newline.</returns>
    /// <exception cref="ManifestValidationException">The ConfigMap is invalid.</exception>
    public string ToYaml() => ManifestRenderer.ToYaml(Build());

    /// <inheritdoc />
    IKubernetesObject<V1ObjectMeta> IManifestSource.ToModel() => ToModel();

    /// <inheritdoc />
    IKubernetesObject<V1ObjectMeta> IManifestSource.Build() => Build();

    /// <inheritdoc />
    public override string ToString() => Namespace is null ? $"configmap/{Name}" : $"configmap/{Name} (namespace {Namespace})";

    private sealed record State
    {
        public required string Name { get; init; }

        public string? Namespace { get; init; }

        public ImmutableSortedDictionary<string, string> Data { get; init; } = Maps.Empty;

        public ImmutableSortedDictionary<string, string> Labels { get; init; } = Maps.Empty;

        public ImmutableSortedDictionary<string, string> Annotations { get; init; } = Maps.Empty;
    }
}
