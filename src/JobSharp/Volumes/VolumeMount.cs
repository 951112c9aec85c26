using k8s.Models;

namespace JobSharp;

/// <summary>Where a container mounts a declared <see cref="Volume"/>.</summary>
internal sealed record VolumeMount(Volume Volume, string MountPath, bool ReadOnly, string? SubPath)
{
    public V1VolumeMount ToModel() => new()
    {
        Name = Volume.Name,
        MountPath = MountPath,
        ReadOnlyProperty = ReadOnly ? true : null,
        SubPath = SubPath,
    };
}
