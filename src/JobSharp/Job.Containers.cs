using System.Collections.Immutable;
using JobSharp.Internal;

namespace JobSharp;

public sealed partial class Job
{
    /// <summary>The pod's containers, in order.</summary>
    public IReadOnlyList<Container> Containers => _state.Containers;

    /// <summary>The pod's init containers and native sidecars, in the order they start.</summary>
    public IReadOnlyList<Container> InitContainers => _state.InitContainers;

    /// <summary>Appends a container to the pod.</summary>
    /// <param name="name">The container's name, unique within the pod.</param>
    /// <param name="image">The image; a string such as <c>busybox:1.36</c> converts implicitly.</param>
    /// <param name="configure">Sets up the rest of the container; optional.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="image"/> is null, or
    /// <paramref name="configure"/> returns null.</exception>
    public Job AddContainer(string name, ContainerImage image, Func<Container, Container>? configure = null) =>
        new(_state with { Containers = _state.Containers.Add(Make(name, image, configure)) });

    /// <summary>
    /// Appends an init container: it runs to completion, in order with the other init containers, before the
    /// main containers start (waiting for a database, fetching input).
    /// </summary>
    /// <param name="name">The container's name, unique within the pod.</param>
    /// <param name="image">The image.</param>
    /// <param name="configure">Sets up the rest of the container; optional.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="image"/> is null, or
    /// <paramref name="configure"/> returns null.</exception>
    public Job AddInitContainer(string name, ContainerImage image, Func<Container, Container>? configure = null) =>
        new(_state with { InitContainers = _state.InitContainers.Add(Make(name, image, configure)) });

    /// <summary>
    /// Appends a native sidecar: an init container with <c>restartPolicy: Always</c> that starts before the main
    /// containers, keeps running beside them, and is stopped when they finish, so it never keeps the Job from
    /// completing (a database proxy, a log shipper).
    /// </summary>
    /// <param name="name">The container's name, unique within the pod.</param>
    /// <param name="image">The image.</param>
    /// <param name="configure">Sets up the rest of the container; optional.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="image"/> is null, or
    /// <paramref name="configure"/> returns null.</exception>
    public Job AddSidecar(string name, ContainerImage image, Func<Container, Container>? configure = null) =>
        new(_state with { InitContainers = _state.InitContainers.Add(Make(name, image, configure).AsSidecar()) });

    /// <summary>
    /// Changes the container, init container or sidecar called <paramref name="name"/>, keeping its place: the
    /// way to specialise one container of a shared definition
    /// (<c>baseJob.WithContainer("app", c => c.WithEnv("MODE", "prod"))</c>).
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
        if (Replace(_state.Containers, name, change) is { } containers)
        {
            return new(_state with { Containers = containers });
        }

        if (Replace(_state.InitContainers, name, change) is { } initContainers)
        {
            return new(_state with { InitContainers = initContainers });
        }

        throw NoSuchContainer(name);
    }

    /// <summary>
    /// Removes the container, init container or sidecar called <paramref name="name"/>. Volumes only it mounted
    /// are dropped with it, unless they were declared with <see cref="AddVolume"/>.
    /// </summary>
    /// <param name="name">The container's name.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The Job has no container called <paramref name="name"/>: a misspelt name
    /// would otherwise leave the container in place without a word.</exception>
    public Job WithoutContainer(string name)
    {
        Guard.NotNull(name);
        if (_state.Containers.Any(c => c.Name == name) || _state.InitContainers.Any(c => c.Name == name))
        {
            return new(_state with
            {
                Containers = _state.Containers.RemoveAll(c => c.Name == name),
                InitContainers = _state.InitContainers.RemoveAll(c => c.Name == name),
            });
        }

        throw NoSuchContainer(name);
    }

    /// <summary>
    /// Declares a volume on the pod (<c>spec.template.spec.volumes</c>). Volumes that containers mount are declared
    /// automatically; declare one here to fix its position or to have it without a mount.
    /// </summary>
    /// <param name="volume">The volume.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="volume"/> is null.</exception>
    public Job AddVolume(Volume volume) => new(_state with { Volumes = _state.Volumes.Add(Guard.NotNull(volume)) });

    private ArgumentException NoSuchContainer(string name)
    {
        var known = string.Join(", ", _state.InitContainers.Concat(_state.Containers).Select(c => c.Name));
        return Guard.Invalid($"The Job has no container called '{name}' (it has: {known}).", nameof(name));
    }

    private static Container Make(string name, ContainerImage image, Func<Container, Container>? configure)
    {
        var container = Container.Create(name, image);
        return configure is null
            ? container
            : Guard.Returned(configure(container), nameof(configure));
    }

    private static ImmutableList<Container>? Replace(ImmutableList<Container> list, string name, Func<Container, Container> change)
    {
        var index = list.FindIndex(c => c.Name == name);
        if (index < 0)
        {
            return null;
        }

        return list.SetItem(index, Guard.Returned(change(list[index]), nameof(change)));
    }

    /// <summary>The declared volumes, then every mounted volume not declared, each once.</summary>
    private List<Volume> AllVolumes()
    {
        var volumes = new List<Volume>();
        foreach (var volume in _state.Volumes.Concat(_state.InitContainers.Concat(_state.Containers).SelectMany(c => c.MountedVolumes)))
        {
            if (!volumes.Contains(volume))
            {
                volumes.Add(volume);
            }
        }

        return volumes;
    }
}
