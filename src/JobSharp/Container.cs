using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A container of a Job's pod, as an immutable value: every method returns a new container and leaves this one
/// unchanged. Created through <see cref="Job.AddContainer"/>, <see cref="Job.AddInitContainer"/> or
/// <see cref="Job.AddSidecar"/>.
/// </summary>
public sealed partial class Container
{
    private readonly State _state;

    private Container(State state) => _state = state;

    /// <summary>The container's name, unique within the pod.</summary>
    public string Name => _state.Name;

    /// <summary>The image, such as <c>busybox</c> or <c>registry.example/app:1.2@sha256:...</c>, parsed into its parts.</summary>
    public ContainerImage Image => _state.Image;

    /// <summary>True for a native sidecar: an init container that keeps running beside the main containers.</summary>
    public bool IsSidecar => _state.IsSidecar;

    /// <summary>Creates a container with a name and an image.</summary>
    /// <param name="name">The container's name (a DNS label; validation checks it).</param>
    /// <param name="image">The image; a string such as <c>busybox:1.36</c> converts implicitly.</param>
    /// <returns>The container.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Container Create(string name, ContainerImage image) =>
        new(new State { Name = Guard.NotNull(name), Image = Guard.NotNull(image) });

    /// <summary>Replaces the image.</summary>
    /// <param name="image">The image; a string converts implicitly.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
    public Container WithImage(ContainerImage image) => new(_state with { Image = Guard.NotNull(image) });

    /// <summary>When the image is pulled (<c>imagePullPolicy</c>); the server defaults it from the tag.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is undefined.</exception>
    public Container WithImagePullPolicy(ImagePullPolicy policy) =>
        new(_state with { PullPolicy = Guard.Defined(policy) });

    /// <summary>Replaces the entrypoint (<c>command</c>); the image's own entrypoint is used when none is set.</summary>
    /// <param name="command">The executable and its leading arguments.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or one of its items is null.</exception>
    public Container WithCommand(params IEnumerable<string> command) =>
        new(_state with { Command = Items(command, nameof(command)) });

    /// <summary>Replaces the arguments (<c>args</c>) passed to the entrypoint.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="args"/> or one of its items is null.</exception>
    public Container WithArgs(params IEnumerable<string> args) => new(_state with { Args = Items(args, nameof(args)) });

    /// <summary>Appends arguments to those already set.</summary>
    /// <param name="args">The arguments to append.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="args"/> or one of its items is null.</exception>
    public Container AddArgs(params IEnumerable<string> args) =>
        new(_state with { Args = _state.Args.AddRange(Items(args, nameof(args))) });

    /// <summary>
    /// Runs <paramref name="script"/> with <c>sh -c</c>: the command becomes <c>["sh", "-c", script]</c> and any
    /// arguments are cleared. A script that ends with a newline renders as a <c>|</c> block, one without as
    /// <c>|-</c> (or a plain line when it is one line).
    /// </summary>
    /// <param name="script">The shell script.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="script"/> is null.</exception>
    public Container WithShell(string script) =>
        new(_state with { Command = ["sh", "-c", Guard.NotNull(script)], Args = [] });

    /// <summary>Sets the working directory the command runs in.</summary>
    /// <param name="path">An absolute path inside the container.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public Container WithWorkingDir(string path) => new(_state with { WorkingDir = Guard.NotNull(path) });

    /// <summary>
    /// The escape hatch: <paramref name="change"/> edits the built <see cref="V1Container"/> for anything the DSL
    /// does not offer. It runs on a fresh model at every build, after the DSL's own settings, so this value stays
    /// immutable.
    /// The callback must be pure: it runs at every build (rendering, validating and applying each build), so it
    /// may only edit the model it is given, the same way every time, without side effects. A callback that reads a
    /// list or map the DSL has not set gets null and fails with an <see cref="InvalidOperationException"/> naming
    /// the object.
    /// </summary>
    /// <param name="change">Edits the model.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public Container Customize(Action<V1Container> change) =>
        new(_state with { Customizations = _state.Customizations.Add(Guard.NotNull(change)) });

    /// <summary>Builds the model's <see cref="V1Container"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1Container"/>.</returns>
    public V1Container ToModel()
    {
        var model = new V1Container
        {
            Name = _state.Name,
            Image = _state.Image.Reference,
            Command = ListOrNull(_state.Command),
            Args = ListOrNull(_state.Args),
            WorkingDir = _state.WorkingDir,
            Ports = _state.Ports.IsEmpty ? null : [.. _state.Ports.Select(p => p.ToModel())],
            EnvFrom = _state.EnvFrom.IsEmpty ? null : [.. _state.EnvFrom.Select(e => e.ToModel())],
            Env = _state.Env.IsEmpty ? null : [.. _state.Env.Select(e => e.ToModel())],
            Resources = ResourcesModel(),
            RestartPolicy = _state.IsSidecar ? "Always" : null,
            VolumeMounts = _state.Mounts.IsEmpty ? null : [.. _state.Mounts.Select(m => m.ToModel())],
            LivenessProbe = _state.LivenessProbe?.ToModel(),
            ReadinessProbe = _state.ReadinessProbe?.ToModel(),
            StartupProbe = _state.StartupProbe?.ToModel(),
            ImagePullPolicy = _state.PullPolicy?.ToString(),
            SecurityContext = _state.Security?.ToModel(),
        };
        Customizations.Apply(_state.Customizations, model, $"container {_state.Name}");

        return model;
    }

    /// <summary>Marks the container as a native sidecar (<c>restartPolicy: Always</c> on an init container).</summary>
    internal Container AsSidecar() => new(_state with { IsSidecar = true });

    private static ImmutableList<string> Items(IEnumerable<string> items, string name) => Guard.Items(items, nonEmpty: false, name);

    private static List<string>? ListOrNull(ImmutableList<string> items) => items.IsEmpty ? null : [.. items];

    private sealed record State
    {
        public required string Name { get; init; }

        public required ContainerImage Image { get; init; }

        public bool IsSidecar { get; init; }

        public ImagePullPolicy? PullPolicy { get; init; }

        public ImmutableList<ContainerPort> Ports { get; init; } = [];

        public ImmutableSortedDictionary<string, Quantity> Requests { get; init; } = Quantities.Empty;

        public ImmutableSortedDictionary<string, Quantity> Limits { get; init; } = Quantities.Empty;

        public ImmutableList<VolumeMount> Mounts { get; init; } = [];

        public ContainerSecurityContext? Security { get; init; }

        public Probe? StartupProbe { get; init; }

        public Probe? LivenessProbe { get; init; }

        public Probe? ReadinessProbe { get; init; }

        public ImmutableList<string> Command { get; init; } = [];

        public ImmutableList<string> Args { get; init; } = [];

        public string? WorkingDir { get; init; }

        public ImmutableList<EnvEntry> Env { get; init; } = [];

        public ImmutableList<EnvImport> EnvFrom { get; init; } = [];

        public ImmutableList<Action<V1Container>> Customizations { get; init; } = [];
    }
}
