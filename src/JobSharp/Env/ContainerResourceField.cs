using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A container's resource request or limit, read through the downward API (<c>valueFrom.resourceFieldRef</c>),
/// for programs that size themselves (thread pools, heap) from what they were given.
/// </summary>
/// <example><code>
/// c.WithEnv("MEMORY_LIMIT", ContainerResourceField.MemoryLimit.InUnitsOf(Quantity.Mebibytes(1)))
/// </code></example>
public sealed record ContainerResourceField : EnvSource
{
    private ContainerResourceField(string resource, string? containerName, Quantity? divisor)
    {
        Resource = resource;
        ContainerName = containerName;
        Divisor = divisor;
    }

    /// <summary>The resource, such as <c>limits.cpu</c>.</summary>
    public string Resource { get; }

    /// <summary>The container whose resources are read, or null for the container that sets the variable.</summary>
    public string? ContainerName { get; }

    /// <summary>The unit the value is expressed in, or null for the server's default (1).</summary>
    public Quantity? Divisor { get; }

    /// <summary>The CPU limit (<c>limits.cpu</c>), rounded up to whole cores unless a divisor is set.</summary>
    public static ContainerResourceField CpuLimit { get; } = Of("limits.cpu");

    /// <summary>The CPU request (<c>requests.cpu</c>).</summary>
    public static ContainerResourceField CpuRequest { get; } = Of("requests.cpu");

    /// <summary>The memory limit in bytes (<c>limits.memory</c>).</summary>
    public static ContainerResourceField MemoryLimit { get; } = Of("limits.memory");

    /// <summary>The memory request in bytes (<c>requests.memory</c>).</summary>
    public static ContainerResourceField MemoryRequest { get; } = Of("requests.memory");

    /// <summary>The ephemeral-storage limit (<c>limits.ephemeral-storage</c>).</summary>
    public static ContainerResourceField EphemeralStorageLimit { get; } = Of("limits.ephemeral-storage");

    /// <summary>The ephemeral-storage request (<c>requests.ephemeral-storage</c>).</summary>
    public static ContainerResourceField EphemeralStorageRequest { get; } = Of("requests.ephemeral-storage");

    /// <summary>Any resource by its downward-API name, such as <c>limits.hugepages-2Mi</c>.</summary>
    /// <param name="resource">The resource name.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException"><paramref name="resource"/> is null or empty.</exception>
    public static ContainerResourceField Of(string resource) => new(Guard.NotEmpty(resource), null, null);

    /// <summary>Reads the resource of another container of the pod.</summary>
    /// <param name="containerName">That container's name.</param>
    /// <returns>A new source.</returns>
    /// <exception cref="ArgumentException"><paramref name="containerName"/> is null or empty.</exception>
    public ContainerResourceField OfContainer(string containerName) =>
        new(Resource, Guard.NotEmpty(containerName), Divisor);

    /// <summary>Expresses the value in units of <paramref name="divisor"/>, such as <c>1Mi</c> or <c>1m</c>.</summary>
    /// <param name="divisor">The unit.</param>
    /// <returns>A new source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="divisor"/> is null.</exception>
    public ContainerResourceField InUnitsOf(Quantity divisor) => new(Resource, ContainerName, Guard.NotNull(divisor));

    /// <inheritdoc />
    public override V1EnvVarSource ToModel() => new()
    {
        ResourceFieldRef = new V1ResourceFieldSelector
        {
            ContainerName = ContainerName,
            Resource = Resource,
            Divisor = Divisor?.ToModel(),
        },
    };
}
