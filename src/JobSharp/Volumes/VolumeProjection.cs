using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>One source of a <see cref="Volume.Projected"/> volume: a ConfigMap, a Secret or a service-account token.</summary>
/// <example><code>
/// Volume.Projected("creds",
///     VolumeProjection.FromSecret(SecretRef.Named("db")).AddItem("password", "db/password"),
///     VolumeProjection.ServiceAccountToken("token", audience: "vault", expiration: TimeSpan.FromHours(1)))
/// </code></example>
public sealed class VolumeProjection : IEquatable<VolumeProjection>
{
    private readonly State _state;

    private VolumeProjection(State state) => _state = state;

    private enum ProjectionKind
    {
        ConfigMap,
        Secret,
        ServiceAccountToken,
    }

    /// <summary>The keys of a ConfigMap.</summary>
    /// <param name="configMap">The ConfigMap.</param>
    /// <returns>The projection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configMap"/> is null.</exception>
    public static VolumeProjection FromConfigMap(ConfigMapRef configMap) =>
        new(new State(ProjectionKind.ConfigMap, Guard.NotNull(configMap).Name));

    /// <summary>The keys of a Secret.</summary>
    /// <param name="secret">The Secret.</param>
    /// <returns>The projection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public static VolumeProjection FromSecret(SecretRef secret) =>
        new(new State(ProjectionKind.Secret, Guard.NotNull(secret).Name));

    /// <summary>A bound service-account token, refreshed by the kubelet, written to <paramref name="path"/>.</summary>
    /// <param name="path">The file path relative to the mount point.</param>
    /// <param name="audience">The token's intended audience; the API server's when null.</param>
    /// <param name="expiration">How long the token is valid, in whole seconds (at least 10 minutes); one hour when null.</param>
    /// <returns>The projection.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty, or <paramref name="expiration"/> is negative or fractional.</exception>
    public static VolumeProjection ServiceAccountToken(string path, string? audience = null, TimeSpan? expiration = null) =>
        new(new State(ProjectionKind.ServiceAccountToken, Guard.NotEmpty(path))
        {
            Audience = audience,
            ExpirationSeconds = expiration is { } e ? Guard.WholeSeconds(e, nameof(expiration)) : null,
        });

    /// <summary>Projects only <paramref name="key"/>, as the file <paramref name="path"/> (ConfigMaps and Secrets).</summary>
    /// <param name="key">The key.</param>
    /// <param name="path">The relative file path.</param>
    /// <param name="mode">The file mode, 0 to 511; the volume's default when null.</param>
    /// <returns>A new projection.</returns>
    /// <exception cref="ArgumentException">An argument is null or empty, or <paramref name="mode"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">This is a service-account token projection.</exception>
    public VolumeProjection AddItem(string key, string path, int? mode = null) =>
        _state.Kind == ProjectionKind.ServiceAccountToken
            ? throw new InvalidOperationException("A service-account token projection has no items.")
            : new(_state with { Items = _state.Items.Add(new KeyPath(Guard.NotEmpty(key), Guard.NotEmpty(path), VolumeFileMode.Check(mode))) });

    /// <summary>Builds the model's <see cref="V1VolumeProjection"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1VolumeProjection"/>.</returns>
    public V1VolumeProjection ToModel()
    {
        var items = _state.Items.IsEmpty ? null : _state.Items.Select(i => i.ToModel()).ToList();
        return _state.Kind switch
        {
            ProjectionKind.ConfigMap => new() { ConfigMap = new V1ConfigMapProjection { Name = _state.Target, Items = items } },
            ProjectionKind.Secret => new() { Secret = new V1SecretProjection { Name = _state.Target, Items = items } },
            _ => new()
            {
                ServiceAccountToken = new V1ServiceAccountTokenProjection
                {
                    Audience = _state.Audience,
                    ExpirationSeconds = _state.ExpirationSeconds,
                    Path = _state.Target,
                },
            },
        };
    }

    /// <summary>True when <paramref name="other"/> projects the same source the same way.</summary>
    /// <param name="other">The other projection.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(VolumeProjection? other) => other is not null && _state.Equals(other._state);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VolumeProjection);

    /// <inheritdoc />
    public override int GetHashCode() => _state.GetHashCode();

    private sealed record State(ProjectionKind Kind, string Target)
    {
        public string? Audience { get; init; }

        public long? ExpirationSeconds { get; init; }

        public ImmutableList<KeyPath> Items { get; init; } = [];

        public bool Equals(State? other) =>
            other is not null && Kind == other.Kind && Target == other.Target && Audience == other.Audience
            && ExpirationSeconds == other.ExpirationSeconds && Items.SequenceEqual(other.Items);

        public override int GetHashCode() => HashCode.Combine(Kind, Target, Audience, ExpirationSeconds, Items.Count);
    }
}
