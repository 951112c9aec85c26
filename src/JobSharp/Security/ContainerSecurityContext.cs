using System.Collections.Immutable;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A container's security settings (<c>securityContext</c>), as an immutable record: start from
/// <see cref="Hardened"/> and change what the image needs with <c>with { ... }</c>. Unset (null) fields are left
/// to the pod's settings and the runtime's defaults.
/// </summary>
/// <example><code>
/// c.WithSecurityContext(ContainerSecurityContext.Hardened with { RunAsUser = 10001 })
/// </code></example>
public sealed record ContainerSecurityContext
{
    /// <summary>
    /// The hardened preset: must run as non-root, read-only root filesystem, no privilege escalation, every
    /// capability dropped, the runtime's default seccomp profile. It meets the <c>restricted</c> Pod Security
    /// Standard; mount an <c>emptyDir</c> where the program must write.
    /// </summary>
    public static ContainerSecurityContext Hardened { get; } = new()
    {
        RunAsNonRoot = true,
        ReadOnlyRootFilesystem = true,
        AllowPrivilegeEscalation = false,
        DropCapabilities = ["ALL"],
        SeccompProfile = SeccompProfile.RuntimeDefault,
    };

    /// <summary>Refuses to start the container when its user is root (<c>runAsNonRoot</c>).</summary>
    public bool? RunAsNonRoot { get; init; }

    /// <summary>The user id the process runs as (<c>runAsUser</c>).</summary>
    public long? RunAsUser { get; init; }

    /// <summary>The group id the process runs as (<c>runAsGroup</c>).</summary>
    public long? RunAsGroup { get; init; }

    /// <summary>Mounts the root filesystem read-only (<c>readOnlyRootFilesystem</c>).</summary>
    public bool? ReadOnlyRootFilesystem { get; init; }

    /// <summary>Whether a process may gain more privileges than its parent (<c>allowPrivilegeEscalation</c>).</summary>
    public bool? AllowPrivilegeEscalation { get; init; }

    /// <summary>Runs the container privileged (<c>privileged</c>); almost never what a Job needs.</summary>
    public bool? Privileged { get; init; }

    /// <summary>Linux capabilities to add (<c>capabilities.add</c>), such as <c>NET_BIND_SERVICE</c>.</summary>
    public ImmutableList<string> AddCapabilities { get; init; } = [];

    /// <summary>Linux capabilities to drop (<c>capabilities.drop</c>); <c>ALL</c> drops every one.</summary>
    public ImmutableList<string> DropCapabilities { get; init; } = [];

    /// <summary>The seccomp profile (<c>seccompProfile</c>).</summary>
    public SeccompProfile? SeccompProfile { get; init; }

    /// <summary>Builds the model's <see cref="V1SecurityContext"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1SecurityContext"/>.</returns>
    public V1SecurityContext ToModel() => new()
    {
        Capabilities = AddCapabilities.IsEmpty && DropCapabilities.IsEmpty
            ? null
            : new V1Capabilities
            {
                Add = AddCapabilities.IsEmpty ? null : [.. AddCapabilities],
                Drop = DropCapabilities.IsEmpty ? null : [.. DropCapabilities],
            },
        Privileged = Privileged,
        RunAsUser = RunAsUser,
        RunAsGroup = RunAsGroup,
        RunAsNonRoot = RunAsNonRoot,
        ReadOnlyRootFilesystem = ReadOnlyRootFilesystem,
        AllowPrivilegeEscalation = AllowPrivilegeEscalation,
        SeccompProfile = SeccompProfile?.ToModel(),
    };
}
