using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A Kubernetes <c>batch/v1</c> CronJob as an immutable value: a <see cref="CronSchedule"/> and an ordinary
/// <see cref="Job"/> as its template, so one Job definition serves both a one-off run and a schedule. Every method
/// returns a new CronJob. Its name and namespace default to the Job's.
/// </summary>
/// <example><code>
/// var backup = Job.Create("nightly-backup").AddContainer("backup", "acme/backup:2.1", c => c.WithArgs("--all"));
/// var nightly = backup.ToCronJob(CronSchedule.Daily(new TimeOnly(3, 0)))
///     .WithTimeZone("Europe/Berlin")
///     .WithConcurrencyPolicy(ConcurrencyPolicy.Forbid);
/// string yaml = nightly.ToYaml();
/// </code></example>
public sealed partial class CronJob : IManifestSource, IHasMetadata<CronJob>
{
    private readonly State _state;

    private CronJob(State state) => _state = state;

    /// <summary>The CronJob's name (<c>metadata.name</c>); its Jobs are named after it.</summary>
    public string Name => _state.Name;

    /// <summary>The CronJob's namespace, or null when none is set.</summary>
    public string? Namespace => _state.Namespace;

    /// <summary>The schedule.</summary>
    public CronSchedule Schedule => _state.Schedule;

    /// <summary>The Job each run creates; its name and namespace are not used.</summary>
    public Job Job => _state.Job;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Labels => _state.Labels;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Annotations => _state.Annotations;

    /// <inheritdoc />
    public CronJob WithLabels(IEnumerable<KeyValuePair<string, string>> labels) => new(_state with { Labels = Maps.From(labels, nameof(labels)) });

    /// <inheritdoc />
    public CronJob WithAnnotations(IEnumerable<KeyValuePair<string, string>> annotations) =>
        new(_state with { Annotations = Maps.From(annotations, nameof(annotations)) });

    /// <inheritdoc />
    string IManifestSource.Kind => "CronJob";

    /// <summary>Creates a CronJob that runs <paramref name="job"/> on <paramref name="schedule"/>.</summary>
    /// <param name="name">The CronJob's name (at most 52 characters, so its Jobs' names fit; validation checks it).</param>
    /// <param name="schedule">The schedule; a string such as <c>"0 3 * * *"</c> converts implicitly.</param>
    /// <param name="job">The Job to run; its namespace becomes the CronJob's.</param>
    /// <returns>The CronJob.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CronJob Create(string name, CronSchedule schedule, Job job) =>
        new(new State { Name = Guard.NotNull(name), Namespace = Guard.NotNull(job).Namespace, Schedule = Guard.NotNull(schedule), Job = job });

    /// <summary>Renames the CronJob.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public CronJob WithName(string name) => new(_state with { Name = Guard.NotNull(name) });

    /// <summary>Places the CronJob in a namespace (<c>metadata.namespace</c>).</summary>
    /// <param name="namespace">The namespace.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="namespace"/> is null.</exception>
    public CronJob InNamespace(string @namespace) => new(_state with { Namespace = Guard.NotNull(@namespace) });

    /// <summary>Replaces the schedule.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public CronJob WithSchedule(CronSchedule schedule) => new(_state with { Schedule = Guard.NotNull(schedule) });

    /// <summary>
    /// The time zone the schedule is read in (<c>spec.timeZone</c>), an IANA name such as <c>Europe/Berlin</c>.
    /// Without it the kube-controller-manager's local zone is used, which is rarely what anyone means.
    /// </summary>
    /// <param name="timeZone">The IANA time zone name; <c>Local</c> is not allowed.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentException"><paramref name="timeZone"/> is null, empty, or <c>Local</c>.</exception>
    public CronJob WithTimeZone(string timeZone) =>
        string.Equals(Guard.NotEmpty(timeZone), "Local", StringComparison.OrdinalIgnoreCase)
            ? throw Guard.Invalid("timeZone must be an explicit IANA time zone such as Europe/Berlin, not Local.", nameof(timeZone))
            : new(_state with { TimeZone = timeZone });

    /// <summary>What happens when a run is due while the last one still runs (<c>spec.concurrencyPolicy</c>; default Allow).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is undefined.</exception>
    public CronJob WithConcurrencyPolicy(ConcurrencyPolicy policy) =>
        new(_state with { ConcurrencyPolicy = Guard.Defined(policy) });

    /// <summary>
    /// How late a missed run may still start (<c>spec.startingDeadlineSeconds</c>); a run that cannot start in
    /// time is skipped and counted as missed.
    /// </summary>
    /// <param name="deadline">Whole seconds, 0 or more.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deadline"/> is negative or not whole seconds.</exception>
    public CronJob WithStartingDeadline(TimeSpan deadline) =>
        new(_state with { StartingDeadlineSeconds = Guard.WholeSeconds(deadline) });

    /// <summary>How many finished successful Jobs to keep (<c>spec.successfulJobsHistoryLimit</c>; default 3).</summary>
    /// <param name="limit">0 or more.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public CronJob WithSuccessfulJobsHistoryLimit(int limit) =>
        new(_state with { SuccessfulJobsHistoryLimit = Guard.NotNegative(limit) });

    /// <summary>How many failed Jobs to keep (<c>spec.failedJobsHistoryLimit</c>; default 1).</summary>
    /// <param name="limit">0 or more.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public CronJob WithFailedJobsHistoryLimit(int limit) =>
        new(_state with { FailedJobsHistoryLimit = Guard.NotNegative(limit) });

    /// <summary>Suspends the schedule (<c>spec.suspend</c>): no new runs start; running Jobs continue.</summary>
    /// <param name="suspend">True to suspend; false writes <c>suspend: false</c>.</param>
    /// <returns>A new CronJob.</returns>
    public CronJob WithSuspend(bool suspend = true) => new(_state with { Suspend = suspend });

    /// <summary>Replaces the Job each run creates.</summary>
    /// <param name="job">The Job.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is null.</exception>
    public CronJob WithJob(Job job) => new(_state with { Job = Guard.NotNull(job) });

    /// <summary>Changes the Job each run creates: <c>cron.WithJob(j =&gt; j.WithBackoffLimit(1))</c>.</summary>
    /// <param name="change">Returns the changed Job.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null or returns null.</exception>
    public CronJob WithJob(Func<Job, Job> change) =>
        WithJob(Guard.Returned(Guard.NotNull(change)(_state.Job), nameof(change)));

    /// <summary>
    /// The escape hatch: <paramref name="change"/> edits the built <see cref="V1CronJob"/>. It runs on a fresh model
    /// at every build, after the DSL's settings and before validation, so this value stays immutable.
    /// The callback must be pure: it runs at every build (rendering, validating and applying each build), so it
    /// may only edit the model it is given, the same way every time, without side effects. A callback that reads a
    /// list or map the DSL has not set gets null and fails with an <see cref="InvalidOperationException"/> naming
    /// the object.
    /// </summary>
    /// <param name="change">Edits the model.</param>
    /// <returns>A new CronJob.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public CronJob Customize(Action<V1CronJob> change) =>
        new(_state with { Customizations = _state.Customizations.Add(Guard.NotNull(change)) });

    /// <inheritdoc />
    public override string ToString() => Namespace is null ? $"cronjob/{Name}" : $"cronjob/{Name} (namespace {Namespace})";

    private sealed record State
    {
        public required string Name { get; init; }

        public string? Namespace { get; init; }

        public required CronSchedule Schedule { get; init; }

        public required Job Job { get; init; }

        public ImmutableSortedDictionary<string, string> Labels { get; init; } = Maps.Empty;

        public ImmutableSortedDictionary<string, string> Annotations { get; init; } = Maps.Empty;

        public string? TimeZone { get; init; }

        public long? StartingDeadlineSeconds { get; init; }

        public ConcurrencyPolicy? ConcurrencyPolicy { get; init; }

        public bool? Suspend { get; init; }

        public int? SuccessfulJobsHistoryLimit { get; init; }

        public int? FailedJobsHistoryLimit { get; init; }

        public ImmutableList<Action<V1CronJob>> Customizations { get; init; } = [];
    }
}
