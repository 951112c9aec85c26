using JobSharp.Internal;

namespace JobSharp;

public sealed partial class Job
{
    /// <summary>The pod's containers, in order.</summary>
    public IReadOnlyList<Container> Containers => _state.Containers;

    /// <summary>Appends a container to the pod.</summary>
    /// <param name="name">The container's name, unique within the pod.</param>
    /// <param name="image">The image reference.</param>
    /// <param name="configure">Sets up the rest of the container; optional.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="image"/> is null, or
    /// <paramref name="configure"/> returns null.</exception>
    public Job AddContainer(string name, string image, Func<Container, Container>? configure = null)
    {
        var container = Container.Create(name, image);
        if (configure is not null)
        {
            container = configure(container) ?? throw new ArgumentNullException(nameof(configure), "The configure function returned null.");
        }

        return new(_state with { Containers = _state.Containers.Add(container) });
    }

    /// <summary>
    /// Changes the container called <paramref name="name"/>, keeping its place: the way to specialise one
    /// container of a shared definition (<c>baseJob.WithContainer("app", c => c.WithEnv("MODE", "prod"))</c>).
    /// </summary>
    /// <param name="name">The container's name.</param>
    /// <param name="change">Returns the changed container.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="change"/> returns null.</exception>
    /// <exception cref="ArgumentException">The Job has no container called <paramref name="name"/>.</exception>
    public Job WithContainer(string name, Func<Container, Container> change)
    {
        Guard.NotNull(name);
        Guard.NotNull(change);
        var index = _state.Containers.FindIndex(c => c.Name == name);
        if (index < 0)
        {
            var known = string.Join(", ", _state.Containers.Select(c => c.Name));
            throw new ArgumentException($"The Job has no container called '{name}' (it has: {known}).", nameof(name));
        }

        var changed = change(_state.Containers[index]) ?? throw new ArgumentNullException(nameof(change), "The change function returned null.");
        return new(_state with { Containers = _state.Containers.SetItem(index, changed) });
    }
}
