using JobSharp;

namespace ConfigRepo;

/// <summary>
/// A container's CPU and memory. Memory is requested and limited alike: the node reserves all the pod may use, and
/// only the pod that outgrows its size is killed. CPU is requested and not limited: the pod gets its share on a busy
/// node, and uses idle CPU beyond it instead of being throttled.
/// </summary>
public sealed record Sizing(Quantity Cpu, Quantity Memory);

public static class SizingExtensions
{
    public static Container WithSizing(this Container container, Sizing sizing) => container
        .WithRequests(cpu: sizing.Cpu, memory: sizing.Memory)
        .WithLimits(memory: sizing.Memory);
}
