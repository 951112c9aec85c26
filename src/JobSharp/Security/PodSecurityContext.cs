using System.Collections.Immutable;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// Security settings for the whole pod (<c>spec.template.spec.securityContext</c>), as an immutable record:
/// start from <see cref="Hardened"/> and adjust with <c>with { ... }</c>.
/// </summary>
/// <example><code>
/// job.WithPodSecurityContext(PodSecurityContext.Hardened with { RunAsUser = 10001, FsGroup = 10001 })
/// </code></example>
public sealed record PodSecurityContext
{
    /// <summary>The hardened preset: every container must run as non-root, under the runtime's default seccomp profile.</summary>
    public static PodSecurityContext Hardened { get; } = new()
    {
        RunAsNonRoot = true,
        SeccompProfile = SeccompProfile.RuntimeDefault,
    };

    /// <summary>The user id every container runs as, unless a container sets its own (<c>runAsUser</c>).</summary>
    public long? RunAsUser { get; init; }

    /// <summary>The group id every container runs as (<c>runAsGroup</c>).</summary>
    public long? RunAsGroup { get; init; }

    /// <summary>Refuses to start containers whose user is root (<c>runAsNonRoot</c>).</summary>
    public bool? RunAsNonRoot { get; init; }

    /// <summary>Extra groups for the first process of every container (<c>supplementalGroups</c>).</summary>
    public ImmutableList<long> SupplementalGroups { get; init; } = [];

    /// <summary>The group that owns mounted volumes (<c>fsGroup</c>), so a non-root user can write them.</summary>
    public long? FsGroup { get; init; }

    /// <summary>The seccomp profile of every container, unless a container sets its own (<c>seccompProfile</c>).</summary>
    public SeccompProfile? SeccompProfile { get; init; }

    /// <summary>Builds the model's <see cref="V1PodSecurityContext"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1PodSecurityContext"/>.</returns>
    public V1PodSecurityContext ToModel() => new()
    {
        RunAsUser = RunAsUser,
        RunAsGroup = RunAsGroup,
        RunAsNonRoot = RunAsNonRoot,
        SupplementalGroups = SupplementalGroups.IsEmpty ? null : [.. SupplementalGroups],
        FsGroup = FsGroup,
        SeccompProfile = SeccompProfile?.ToModel(),
    };
}
