using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

public sealed partial class Container
{
    /// <summary>
    /// Sets the resources the scheduler reserves for the container (<c>resources.requests</c>). Only the arguments
    /// given are changed; the others keep their values.
    /// </summary>
    /// <param name="cpu">CPU, such as <c>Quantity.MilliCpu(250)</c>.</param>
    /// <param name="memory">Memory, such as <c>Quantity.Mebibytes(256)</c>.</param>
    /// <param name="ephemeralStorage">Local scratch disk, such as <c>Quantity.Gibibytes(1)</c>.</param>
    /// <returns>A new container.</returns>
    public Container WithRequests(Quantity? cpu = null, Quantity? memory = null, Quantity? ephemeralStorage = null) =>
        new(_state with { Requests = Set(_state.Requests, cpu, memory, ephemeralStorage) });

    /// <summary>
    /// Sets the most the container may use (<c>resources.limits</c>): above the memory limit it is killed
    /// (exit code 137), CPU above the limit is throttled. Only the arguments given are changed.
    /// </summary>
    /// <param name="cpu">CPU, such as <c>Quantity.Cpu(1)</c>.</param>
    /// <param name="memory">Memory, such as <c>Quantity.Gibibytes(1)</c>.</param>
    /// <param name="ephemeralStorage">Local scratch disk.</param>
    /// <returns>A new container.</returns>
    public Container WithLimits(Quantity? cpu = null, Quantity? memory = null, Quantity? ephemeralStorage = null) =>
        new(_state with { Limits = Set(_state.Limits, cpu, memory, ephemeralStorage) });

    /// <summary>Requests any resource by name, such as an extended resource (<c>example.com/foo</c>).</summary>
    /// <param name="resource">The resource name.</param>
    /// <param name="quantity">The amount; an <c>int</c> converts implicitly.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentException">The name is null or empty, or the quantity is null.</exception>
    public Container WithRequest(string resource, Quantity quantity) =>
        new(_state with { Requests = _state.Requests.SetItem(Guard.NotEmpty(resource), Guard.NotNull(quantity)) });

    /// <summary>
    /// Limits any resource by name. For extended resources such as GPUs prefer <see cref="WithExtendedResource"/>:
    /// when only the limit is set, the server uses it as the request too.
    /// </summary>
    /// <param name="resource">The resource name.</param>
    /// <param name="quantity">The amount; an <c>int</c> converts implicitly.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentException">The name is null or empty, or the quantity is null.</exception>
    public Container WithLimit(string resource, Quantity quantity) =>
        new(_state with { Limits = _state.Limits.SetItem(Guard.NotEmpty(resource), Guard.NotNull(quantity)) });

    /// <summary>
    /// Asks for an extended resource such as a GPU (<c>nvidia.com/gpu</c>). Extended resources cannot be
    /// overcommitted, so the API needs the limit and a request equal to it: this sets the limit and drops any
    /// request of that name, which the server then sets to the limit.
    /// </summary>
    /// <param name="resource">The resource name, such as <c>nvidia.com/gpu</c>.</param>
    /// <param name="quantity">The amount; an <c>int</c> converts implicitly.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentException">The name is null or empty, or the quantity is null.</exception>
    public Container WithExtendedResource(string resource, Quantity quantity) =>
        new(_state with
        {
            Limits = _state.Limits.SetItem(Guard.NotEmpty(resource), Guard.NotNull(quantity)),
            Requests = _state.Requests.Remove(resource),
        });

    /// <summary>Removes every request and limit.</summary>
    /// <returns>A new container.</returns>
    public Container WithoutResources() => new(_state with { Requests = Quantities.Empty, Limits = Quantities.Empty });

    private static ImmutableSortedDictionary<string, Quantity> Set(
        ImmutableSortedDictionary<string, Quantity> map, Quantity? cpu, Quantity? memory, Quantity? ephemeralStorage)
    {
        if (cpu is not null)
        {
            map = map.SetItem("cpu", cpu);
        }

        if (memory is not null)
        {
            map = map.SetItem("memory", memory);
        }

        return ephemeralStorage is null ? map : map.SetItem("ephemeral-storage", ephemeralStorage);
    }

    private V1ResourceRequirements? ResourcesModel()
    {
        if (_state.Requests.IsEmpty && _state.Limits.IsEmpty)
        {
            return null;
        }

        return new V1ResourceRequirements
        {
            Limits = _state.Limits.IsEmpty ? null : _state.Limits.ToDictionary(p => p.Key, p => p.Value.ToModel(), StringComparer.Ordinal),
            Requests = _state.Requests.IsEmpty ? null : _state.Requests.ToDictionary(p => p.Key, p => p.Value.ToModel(), StringComparer.Ordinal),
        };
    }
}
