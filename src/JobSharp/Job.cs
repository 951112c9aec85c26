using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A Kubernetes <c>batch/v1</c> Job as an immutable value. Every method returns a new Job and leaves this one
/// unchanged, so one definition can be specialised per environment without aliasing:
/// <c>baseJob.InNamespace("prod")</c> does not touch <c>baseJob</c>.
/// </summary>
/// <example><code>
/// var migration = Job.Create("db-migration")
///     .InNamespace("myspace")
///     .WithRetry(r => r.WithBackoffLimit(3).RestartContainersInPlace())
///     .AddContainer("migrate", "shubhamm18/diffpods:01", c => c
///         .WithShell("node migrate.js")
///         .WithEnv("DB_PASSWORD", SecretRef.Named("mysql-secret").Key("MYSQL_ROOT_PASSWORD")));
///
/// V1Job model = migration.Build(); // throws ManifestValidationException listing every problem
/// string yaml = migration.ToYaml();
/// </code></example>
public sealed partial class Job : IManifestSource, IHasMetadata<Job>
{
    private readonly State _state;

    private Job(State state) => _state = state;

    /// <summary>The Job's name (<c>metadata.name</c>).</summary>
    public string Name => _state.Name;

    /// <summary>The Job's namespace, or null when the namespace is left to the cluster or the tool.</summary>
    public string? Namespace => _state.Namespace;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Labels => _state.Labels;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Annotations => _state.Annotations;

    /// <inheritdoc />
    public Job WithLabels(IEnumerable<KeyValuePair<string, string>> labels) => new(_state with { Labels = Maps.From(labels, nameof(labels)) });

    /// <inheritdoc />
    public Job WithAnnotations(IEnumerable<KeyValuePair<string, string>> annotations) =>
        new(_state with { Annotations = Maps.From(annotations, nameof(annotations)) });

    /// <inheritdoc />
    string IManifestSource.Kind => "Job";

    /// <summary>Starts a Job definition.</summary>
    /// <param name="name">The Job's name (a DNS subdomain of at most 63 characters; validation checks it).</param>
    /// <returns>A Job with that name and nothing else.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static Job Create(string name) => new(new State { Name = Guard.NotNull(name) });

    /// <summary>Renames the Job.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Job WithName(string name) => new(_state with { Name = Guard.NotNull(name) });

    /// <summary>Places the Job in a namespace (<c>metadata.namespace</c>).</summary>
    /// <param name="namespace">The namespace.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="namespace"/> is null.</exception>
    public Job InNamespace(string @namespace) => new(_state with { Namespace = Guard.NotNull(@namespace) });

    /// <summary>
    /// The escape hatch: <paramref name="change"/> edits the built <see cref="V1Job"/> for anything the DSL
    /// does not offer. It runs on a fresh model at every build, after the DSL's own settings and before
    /// validation, so this value stays immutable and the change is validated like the rest.
    /// The callback must be pure: it runs at every build (rendering, validating and applying each build), so it
    /// may only edit the model it is given, the same way every time, without side effects. A callback that reads a
    /// list or map the DSL has not set gets null and fails with an <see cref="InvalidOperationException"/> naming
    /// the object.
    /// </summary>
    /// <param name="change">Edits the model.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public Job Customize(Action<V1Job> change) =>
        new(_state with { Customizations = _state.Customizations.Add(Guard.NotNull(change)) });

    /// <inheritdoc />
    public override string ToString() => Namespace is null ? $"job/{Name}" : $"job/{Name} (namespace {Namespace})";
}
