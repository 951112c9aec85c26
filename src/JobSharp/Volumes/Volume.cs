using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A pod volume, declared once as a value and mounted by reference:
/// <c>c.AddVolumeMount(cache, "/cache")</c>. A Job declares every volume its containers mount, so a mount can never
/// name a volume that does not exist. Immutable: every method returns a new volume. Two volumes are equal when
/// they have the same name and source, so mounting two equal values declares the volume once.
/// </summary>
/// <example><code>
/// var scratch = Volume.EmptyDir("scratch", sizeLimit: Quantity.Gibibytes(1));
/// var config = Volume.FromConfigMap("config", ConfigMapRef.Named("app-config")).AddItem("app.yaml", "app.yaml");
/// job.AddContainer("app", "acme/app:1.0", c => c.AddVolumeMount(scratch, "/tmp").AddVolumeMount(config, "/etc/app", readOnly: true));
/// </code></example>
public sealed class Volume : IEquatable<Volume>
{
    private readonly State _state;

    private Volume(State state) => _state = state;

    private enum SourceKind
    {
        EmptyDir,
        ConfigMap,
        Secret,
        PersistentVolumeClaim,
        Projected,
    }

    /// <summary>The volume's name, unique within the pod.</summary>
    public string Name => _state.Name;

    /// <summary>A scratch directory that lives as long as the pod (<c>emptyDir</c>), on the node's disk.</summary>
    /// <param name="name">The volume's name.</param>
    /// <param name="sizeLimit">The most it may hold; none when null.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public static Volume EmptyDir(string name, Quantity? sizeLimit = null) =>
        new(new State(Guard.NotEmpty(name), SourceKind.EmptyDir) { SizeLimit = sizeLimit });

    /// <summary>A scratch directory in memory (<c>emptyDir.medium: Memory</c>); its size counts toward the memory limit.</summary>
    /// <param name="name">The volume's name.</param>
    /// <param name="sizeLimit">The most it may hold; none when null.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public static Volume InMemory(string name, Quantity? sizeLimit = null) =>
        new(new State(Guard.NotEmpty(name), SourceKind.EmptyDir) { SizeLimit = sizeLimit, Medium = "Memory" });

    /// <summary>The keys of a ConfigMap as files (<c>configMap</c>).</summary>
    /// <param name="name">The volume's name.</param>
    /// <param name="configMap">The ConfigMap.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentException">An argument is null, or <paramref name="name"/> is empty.</exception>
    public static Volume FromConfigMap(string name, ConfigMapRef configMap) =>
        new(new State(Guard.NotEmpty(name), SourceKind.ConfigMap) { Source = Guard.NotNull(configMap).Name });

    /// <summary>The keys of a Secret as files (<c>secret</c>).</summary>
    /// <param name="name">The volume's name.</param>
    /// <param name="secret">The Secret.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentException">An argument is null, or <paramref name="name"/> is empty.</exception>
    public static Volume FromSecret(string name, SecretRef secret) =>
        new(new State(Guard.NotEmpty(name), SourceKind.Secret) { Source = Guard.NotNull(secret).Name });

    /// <summary>A PersistentVolumeClaim in the Job's namespace (<c>persistentVolumeClaim</c>).</summary>
    /// <param name="name">The volume's name.</param>
    /// <param name="claimName">The claim's name.</param>
    /// <param name="readOnly">Mounts the claim read-only in every container.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    public static Volume FromPersistentVolumeClaim(string name, string claimName, bool readOnly = false) =>
        new(new State(Guard.NotEmpty(name), SourceKind.PersistentVolumeClaim) { Source = Guard.NotEmpty(claimName), ReadOnly = readOnly });

    /// <summary>Several sources in one directory (<c>projected</c>): ConfigMaps, Secrets, service-account tokens.</summary>
    /// <param name="name">The volume's name.</param>
    /// <param name="sources">The sources, in order; at least one.</param>
    /// <returns>The volume.</returns>
    /// <exception cref="ArgumentException">An argument or source is null, <paramref name="name"/> is empty, or there are no sources.</exception>
    public static Volume Projected(string name, params IEnumerable<VolumeProjection> sources)
    {
        var list = Guard.Items(sources, nonEmpty: true);
        return new(new State(Guard.NotEmpty(name), SourceKind.Projected) { Projections = list });
    }

    /// <summary>Projects only <paramref name="key"/>, as the file <paramref name="path"/> (ConfigMap and Secret volumes).</summary>
    /// <param name="key">The key.</param>
    /// <param name="path">The relative file path.</param>
    /// <param name="mode">The file mode, 0 to 511 (0777 octal); the volume's default when null.</param>
    /// <returns>A new volume.</returns>
    /// <exception cref="ArgumentException">An argument is null or empty, or <paramref name="mode"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">The volume is not a ConfigMap or Secret volume.</exception>
    public Volume AddItem(string key, string path, int? mode = null)
    {
        Require(SourceKind.ConfigMap, SourceKind.Secret);
        return new(_state with { Items = _state.Items.Add(new KeyPath(Guard.NotEmpty(key), Guard.NotEmpty(path), VolumeFileMode.Check(mode))) });
    }

    /// <summary>The mode of the files (<c>defaultMode</c>), 0 to 511; write octal as <c>Convert.ToInt32("0440", 8)</c>.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>A new volume.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not between 0 and 511.</exception>
    /// <exception cref="InvalidOperationException">The volume is not a ConfigMap, Secret or projected volume.</exception>
    public Volume WithDefaultMode(int mode)
    {
        Require(SourceKind.ConfigMap, SourceKind.Secret, SourceKind.Projected);
        return new(_state with { DefaultMode = VolumeFileMode.Check(mode) });
    }

    /// <summary>Lets the pod start even when the ConfigMap or Secret is missing (<c>optional: true</c>).</summary>
    /// <returns>A new volume.</returns>
    /// <exception cref="InvalidOperationException">The volume is not a ConfigMap or Secret volume.</exception>
    public Volume Optional()
    {
        Require(SourceKind.ConfigMap, SourceKind.Secret);
        return new(_state with { IsOptional = true });
    }

    /// <summary>Builds the model's <see cref="V1Volume"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1Volume"/>.</returns>
    public V1Volume ToModel()
    {
        var s = _state;
        var items = s.Items.IsEmpty ? null : s.Items.Select(i => i.ToModel()).ToList();
        bool? optional = s.IsOptional ? true : null;
        return new V1Volume
        {
            Name = s.Name,
            EmptyDir = s.Kind == SourceKind.EmptyDir ? new V1EmptyDirVolumeSource { Medium = s.Medium, SizeLimit = s.SizeLimit?.ToModel() } : null,
            ConfigMap = s.Kind == SourceKind.ConfigMap
                ? new V1ConfigMapVolumeSource { Name = s.Source, Items = items, DefaultMode = s.DefaultMode, Optional = optional }
                : null,
            Secret = s.Kind == SourceKind.Secret
                ? new V1SecretVolumeSource { SecretName = s.Source, Items = items, DefaultMode = s.DefaultMode, Optional = optional }
                : null,
            PersistentVolumeClaim = s.Kind == SourceKind.PersistentVolumeClaim
                ? new V1PersistentVolumeClaimVolumeSource { ClaimName = s.Source, ReadOnlyProperty = s.ReadOnly ? true : null }
                : null,
            Projected = s.Kind == SourceKind.Projected
                ? new V1ProjectedVolumeSource { Sources = [.. s.Projections.Select(p => p.ToModel())], DefaultMode = s.DefaultMode }
                : null,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"volume {Name} ({_state.Kind})";

    /// <summary>True when <paramref name="other"/> has the same name, source and settings.</summary>
    /// <param name="other">The other volume.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Volume? other) => other is not null && _state.Equals(other._state);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Volume);

    /// <inheritdoc />
    public override int GetHashCode() => _state.GetHashCode();

    private void Require(params SourceKind[] kinds)
    {
        if (!kinds.Contains(_state.Kind))
        {
            throw new InvalidOperationException($"The volume '{Name}' is a {_state.Kind} volume; this setting applies only to {string.Join(" and ", kinds)} volumes.");
        }
    }

    private sealed record State(string Name, SourceKind Kind)
    {
        public string? Source { get; init; }

        public Quantity? SizeLimit { get; init; }

        public string? Medium { get; init; }

        public bool ReadOnly { get; init; }

        public bool IsOptional { get; init; }

        public int? DefaultMode { get; init; }

        public ImmutableList<KeyPath> Items { get; init; } = [];

        public ImmutableList<VolumeProjection> Projections { get; init; } = [];

        public bool Equals(State? other) =>
            other is not null && Name == other.Name && Kind == other.Kind && Source == other.Source
            && Equals(SizeLimit, other.SizeLimit) && Medium == other.Medium && ReadOnly == other.ReadOnly
            && IsOptional == other.IsOptional && DefaultMode == other.DefaultMode
            && Items.SequenceEqual(other.Items) && Projections.SequenceEqual(other.Projections);

        public override int GetHashCode() => HashCode.Combine(Name, Kind, Source, Items.Count, Projections.Count);
    }
}
