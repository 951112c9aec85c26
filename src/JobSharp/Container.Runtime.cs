using JobSharp.Internal;

namespace JobSharp;

public sealed partial class Container
{
    /// <summary>The volumes this container mounts, in mount order; the Job declares them.</summary>
    internal IEnumerable<Volume> MountedVolumes => _state.Mounts.Select(m => m.Volume);

    /// <summary>
    /// Mounts a declared volume. The Job declares every volume its containers mount, so the mount and the volume
    /// cannot disagree on a name.
    /// </summary>
    /// <param name="volume">The volume, such as <c>Volume.EmptyDir("scratch")</c>.</param>
    /// <param name="mountPath">The absolute path inside the container.</param>
    /// <param name="readOnly">Mounts the volume read-only.</param>
    /// <param name="subPath">Mounts only this path inside the volume; the whole volume when null.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentException"><paramref name="volume"/> is null, or <paramref name="mountPath"/> is null or empty.</exception>
    public Container AddVolumeMount(Volume volume, string mountPath, bool readOnly = false, string? subPath = null) =>
        new(_state with { Mounts = _state.Mounts.Add(new VolumeMount(Guard.NotNull(volume), Guard.NotEmpty(mountPath), readOnly, subPath)) });

    /// <summary>Removes the mount at <paramref name="mountPath"/>, if there is one; the Job drops a volume no container mounts any more unless it was declared with <see cref="Job.AddVolume"/>.</summary>
    /// <param name="mountPath">The path inside the container.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mountPath"/> is null.</exception>
    public Container WithoutVolumeMount(string mountPath)
    {
        Guard.NotNull(mountPath);
        return new(_state with { Mounts = _state.Mounts.RemoveAll(m => m.MountPath == mountPath) });
    }

    /// <summary>Declares a port the container listens on (<c>ports[]</c>).</summary>
    /// <param name="containerPort">1 to 65535.</param>
    /// <param name="name">An IANA service name of at most 15 characters, such as <c>metrics</c>; none when null.</param>
    /// <param name="protocol">The protocol; the server's default (TCP) when null.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The port is out of range, or the protocol undefined.</exception>
    public Container AddPort(int containerPort, string? name = null, PortProtocol? protocol = null)
    {
        Guard.InRange(containerPort, 1, 65535);
        var checkedProtocol = protocol is { } p ? Guard.Defined(p, nameof(protocol)) : (PortProtocol?)null;
        return new(_state with { Ports = _state.Ports.Add(new ContainerPort(containerPort, name, checkedProtocol)) });
    }

    /// <summary>Sets the container's security settings (<c>securityContext</c>), replacing any set before.</summary>
    /// <param name="securityContext">The settings, such as <see cref="ContainerSecurityContext.Hardened"/>.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="securityContext"/> is null.</exception>
    public Container WithSecurityContext(ContainerSecurityContext securityContext) =>
        new(_state with { Security = Guard.NotNull(securityContext) });

    /// <summary>
    /// Applies <see cref="ContainerSecurityContext.Hardened"/>: non-root, read-only root filesystem, no privilege
    /// escalation, every capability dropped, RuntimeDefault seccomp.
    /// </summary>
    /// <returns>A new container.</returns>
    public Container WithHardenedSecurity() => WithSecurityContext(ContainerSecurityContext.Hardened);

    /// <summary>
    /// A check that must pass once before the container counts as started (<c>startupProbe</c>). On a sidecar it
    /// holds back the main containers until the sidecar is ready.
    /// </summary>
    /// <param name="probe">The probe.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="probe"/> is null.</exception>
    public Container WithStartupProbe(Probe probe) => new(_state with { StartupProbe = Guard.NotNull(probe) });

    /// <summary>A check that restarts the container when it keeps failing (<c>livenessProbe</c>); regular containers and sidecars only.</summary>
    /// <param name="probe">The probe.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="probe"/> is null.</exception>
    public Container WithLivenessProbe(Probe probe) => new(_state with { LivenessProbe = Guard.NotNull(probe) });

    /// <summary>A check that marks the container ready (<c>readinessProbe</c>); regular containers and sidecars only.</summary>
    /// <param name="probe">The probe.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="probe"/> is null.</exception>
    public Container WithReadinessProbe(Probe probe) => new(_state with { ReadinessProbe = Guard.NotNull(probe) });
}
