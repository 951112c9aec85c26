using k8s.Models;

namespace JobSharp;

/// <summary>A port a container listens on (<c>ports[]</c>), for metrics scraping or a sidecar that serves.</summary>
internal sealed record ContainerPort(int Port, string? Name, PortProtocol? Protocol)
{
    public V1ContainerPort ToModel() => new() { ContainerPort = Port, Name = Name, Protocol = Protocol?.ToString() };
}
