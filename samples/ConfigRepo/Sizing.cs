using JobSharp;

namespace ConfigRepo;

/// <summary>
/// A container's CPU and memory. Memory is requested and limited alike, so the pod is never killed for using what it
/// asked for; CPU has no limit, so a busy node throttles it instead of stalling it.
/// </summary>
public sealed record Sizing(Quantity Cpu, Quantity Memory);

public static class SizingExtensions
{
    public static Container WithSizing(this Container container, Sizing sizing) => container
        .WithRequests(cpu: sizing.Cpu, memory: sizing.Memory)
        .WithLimits(memory: sizing.Memory);
}
