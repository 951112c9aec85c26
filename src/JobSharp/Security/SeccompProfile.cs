using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>The seccomp profile a container runs under (<c>seccompProfile</c>).</summary>
public sealed record SeccompProfile
{
    private SeccompProfile(string type, string? localhostProfile)
    {
        Type = type;
        LocalhostProfile = localhostProfile;
    }

    /// <summary>The profile type: <c>RuntimeDefault</c>, <c>Unconfined</c> or <c>Localhost</c>.</summary>
    public string Type { get; }

    /// <summary>The profile file on the node, for <c>Localhost</c>; otherwise null.</summary>
    public string? LocalhostProfile { get; }

    /// <summary>The container runtime's default profile: the hardened choice.</summary>
    public static SeccompProfile RuntimeDefault { get; } = new("RuntimeDefault", null);

    /// <summary>No seccomp filtering.</summary>
    public static SeccompProfile Unconfined { get; } = new("Unconfined", null);

    /// <summary>A profile file on the node, relative to the kubelet's seccomp directory.</summary>
    /// <param name="profile">The file, such as <c>profiles/audit.json</c>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is null or empty.</exception>
    public static SeccompProfile Localhost(string profile) => new("Localhost", Guard.NotEmpty(profile));

    /// <summary>Builds the model's <see cref="V1SeccompProfile"/>.</summary>
    /// <returns>A new <see cref="V1SeccompProfile"/>.</returns>
    public V1SeccompProfile ToModel() => new() { Type = Type, LocalhostProfile = LocalhostProfile };
}
