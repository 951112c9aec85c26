using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Jobs on a live cluster: apply, wait for the outcome, logs, status, delete and diff. Every method takes a
/// <see cref="CancellationToken"/>; problems talking to the cluster are <see cref="ClusterException"/>s with one
/// clear line.
/// </summary>
/// <param name="connection">The connection; see <see cref="ClusterConnection.Open"/>.</param>
public sealed class JobCluster(ClusterConnection connection)
{
    private readonly ClusterConnection connection = connection ?? throw new ArgumentNullException(nameof(connection));

    /// <summary>The connection this works on.</summary>
    public ClusterConnection Connection => connection;

    /// <summary>
    /// Builds the object once, validates that model and applies it; an invalid object never reaches the server.
    /// </summary>
    /// <param name="source">The Job or CronJob definition.</param>
    /// <param name="options">How to apply; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>What the apply did.</returns>
    /// <exception cref="ManifestValidationException">The object is invalid.</exception>
    /// <exception cref="ClusterException">The cluster refused the apply or could not be reached.</exception>
    public Task<ApplyResult> ApplyAsync(IManifestSource source, ApplyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var model = source.ToModel();
        var validation = ManifestValidator.Validate(model);
        if (!validation.IsValid)
        {
            throw new ManifestValidationException(source.Kind, source.Name, validation.Issues, source.Namespace);
        }

        return ApplyAsync(model, options, cancellationToken);
    }

    /// <summary>Applies a <see cref="V1Job"/> or <see cref="V1CronJob"/> with server-side apply.</summary>
    /// <param name="manifest">The object; its namespace, or the connection's when it has none.</param>
    /// <param name="options">How to apply; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>What the apply did: created, configured, unchanged or recreated.</returns>
    /// <exception cref="ClusterException">
    /// The cluster refused the apply (an immutable field changed without <see cref="ApplyOptions.Recreate"/>, a
    /// conflict without <see cref="ApplyOptions.ForceConflicts"/>, ...) or could not be reached.
    /// </exception>
    public Task<ApplyResult> ApplyAsync(
        IKubernetesObject<V1ObjectMeta> manifest, ApplyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new JobApplier(connection).ApplyAsync(manifest, options ?? new ApplyOptions(), cancellationToken);
    }

    /// <summary>Follows a Job until a terminal condition, the timeout, or its deletion.</summary>
    /// <param name="name">The Job's name.</param>
    /// <param name="options">How to wait; the defaults (no timeout) when null.</param>
    /// <param name="namespace">The namespace; the connection's when null.</param>
    /// <param name="cancellationToken">Cancels the wait (not a timeout: the exception propagates).</param>
    /// <returns>The outcome; a failure carries the failed pods' last log lines.</returns>
    /// <exception cref="ClusterException">The cluster refused a request or could not be reached.</exception>
    public Task<JobOutcome> WaitAsync(string name, WaitOptions? options = null, string? @namespace = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new JobWaiter(connection).WaitAsync(@namespace ?? connection.Namespace, name, options ?? new WaitOptions(), cancellationToken);
    }

    /// <summary>Follows several Jobs at once; every outcome is reported, a cluster error included, none hidden.</summary>
    /// <param name="names">The Jobs' names.</param>
    /// <param name="options">How to wait; the defaults when null.</param>
    /// <param name="namespace">The namespace; the connection's when null.</param>
    /// <param name="cancellationToken">Cancels the waits.</param>
    /// <returns>One outcome per name, in the same order.</returns>
    public async Task<IReadOnlyList<JobOutcome>> WaitAllAsync(
        IEnumerable<string> names, WaitOptions? options = null, string? @namespace = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        var ns = @namespace ?? connection.Namespace;
        var waits = names.Select(async name =>
        {
            try
            {
                return await WaitAsync(name, options, ns, cancellationToken).ConfigureAwait(false);
            }
            catch (ClusterException e)
            {
                return new JobOutcome(name, ns, JobOutcomeKind.Error, e.Code, e.Message, null, []);
            }
        });
        return await Task.WhenAll(waits).ConfigureAwait(false);
    }

    /// <summary>Reads Jobs and their pods.</summary>
    /// <param name="names">The Jobs; every Job in the namespace when empty.</param>
    /// <param name="namespace">The namespace; the connection's when null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>One row per Job, with its pods.</returns>
    /// <exception cref="ClusterException">A Job does not exist, or the cluster could not be asked.</exception>
    public Task<IReadOnlyList<JobStatusRow>> GetStatusAsync(
        IReadOnlyList<string> names, string? @namespace = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new JobStatusReader(connection).ReadAsync(@namespace ?? connection.Namespace, names, cancellationToken);
    }

    /// <summary>Writes the logs of every pod of a Job, each line prefixed with the pod's name and completion index.</summary>
    /// <param name="name">The Job's name.</param>
    /// <param name="writer">Where the lines go.</param>
    /// <param name="options">Follow, previous, tail; the defaults when null.</param>
    /// <param name="namespace">The namespace; the connection's when null.</param>
    /// <param name="cancellationToken">Cancels the requests (and ends a follow).</param>
    /// <returns>A task that ends when the logs are written (with follow: when the Job has finished).</returns>
    /// <exception cref="ClusterException">The cluster could not be asked.</exception>
    public Task WriteLogsAsync(
        string name, TextWriter writer, LogOptions? options = null, string? @namespace = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= new LogOptions();
        var ns = @namespace ?? connection.Namespace;
        return options.Follow
            ? new LogFollower(connection).FollowAsync(ns, name, options, writer, cancellationToken)
            : new PodLogReader(connection).WriteAllAsync(ns, name, options, writer, cancellationToken);
    }

    /// <summary>
    /// Deletes a Job or CronJob, always with an explicit propagation policy, and by default waits until it is gone,
    /// as kubectl does.
    /// </summary>
    /// <param name="kind"><c>Job</c> or <c>CronJob</c>.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="options">Propagation (background by default), whether to wait (yes by default) and for how long.</param>
    /// <param name="namespace">The namespace; the connection's when null.</param>
    /// <param name="cancellationToken">Cancels the request and the wait.</param>
    /// <returns>True when it was deleted, false when it did not exist.</returns>
    /// <exception cref="ClusterException">
    /// The cluster refused the delete or could not be reached, or the object was still there after
    /// <see cref="DeleteOptions.Timeout"/> (<see cref="ClusterErrorCodes.DeletionTimedOut"/>).
    /// </exception>
    public Task<bool> DeleteAsync(
        string kind, string name, DeleteOptions? options = null, string? @namespace = null, CancellationToken cancellationToken = default)
    {
        CheckKind(kind);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new ObjectDeleter(connection).DeleteAsync(kind, @namespace ?? connection.Namespace, name, options ?? new DeleteOptions(), cancellationToken);
    }

    /// <summary>
    /// Runs a Job once: applies it, writes the logs of every pod as they come (retries included, each line prefixed
    /// with its pod), waits for the outcome, then deletes the Job with its pods (background propagation) unless
    /// <see cref="RunOptions.Keep"/>. An invalid Job never reaches the server.
    /// </summary>
    /// <param name="source">The Job.</param>
    /// <param name="logs">Where the pods' log lines go.</param>
    /// <param name="options">Apply, wait and keep options; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the run (the Job is then left on the cluster).</param>
    /// <returns>The outcome: succeeded, failed, timed out or stuck.</returns>
    /// <exception cref="ManifestValidationException">The Job is invalid.</exception>
    /// <exception cref="ClusterException">The cluster refused the apply or the delete, or could not be reached.</exception>
    public Task<JobOutcome> RunAsync(IManifestSource source, TextWriter logs, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(logs);
        if (source.ToModel() is not V1Job job)
        {
            throw new ArgumentException($"{source.Kind} \"{source.Name}\": only a Job can be run; trigger a CronJob instead.", nameof(source));
        }

        var validation = ManifestValidator.Validate(job);
        if (!validation.IsValid)
        {
            throw new ManifestValidationException(source.Kind, source.Name, validation.Issues, source.Namespace);
        }

        return RunAsync(job, logs, options, cancellationToken);
    }

    /// <summary>Runs a <see cref="V1Job"/> once; see <see cref="RunAsync(IManifestSource, TextWriter, RunOptions?, CancellationToken)"/>.</summary>
    /// <param name="job">The Job; its namespace, or the connection's.</param>
    /// <param name="logs">Where the pods' log lines go.</param>
    /// <param name="options">Apply, wait and keep options; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the run (the Job is then left on the cluster).</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ClusterException">The cluster refused the apply or the delete, or could not be reached.</exception>
    public Task<JobOutcome> RunAsync(V1Job job, TextWriter logs, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(logs);
        return new JobRunner(connection).RunAsync(job, logs, options ?? new RunOptions(), cancellationToken);
    }

    /// <summary>
    /// Creates a Job from a CronJob's template now, as <c>kubectl create job --from=cronjob/NAME</c> does: a name
    /// generated from <c>NAME-manual-</c>, the annotation <c>cronjob.kubernetes.io/instantiate: manual</c>, and the
    /// CronJob as its owner.
    /// </summary>
    /// <param name="cronJob">The CronJob's name; it is read from the cluster, not from a manifest.</param>
    /// <param name="namespace">The namespace; the connection's when null.</param>
    /// <param name="fieldManager">The field manager recorded for the created Job.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The Job as created, with its generated name.</returns>
    /// <exception cref="ClusterException">The CronJob does not exist, or the cluster refused the Job.</exception>
    public Task<V1Job> TriggerAsync(string cronJob, string? @namespace = null, string fieldManager = "jobsharp", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cronJob);
        return new CronJobTrigger(connection).TriggerAsync(@namespace ?? connection.Namespace, cronJob, fieldManager, cancellationToken);
    }

    /// <summary>
    /// Suspends or resumes a Job (its active pods are stopped; no new ones start until resumed) or a CronJob (no
    /// new Jobs are scheduled), by setting <c>spec.suspend</c>.
    /// </summary>
    /// <param name="kind"><c>Job</c> or <c>CronJob</c>.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="suspend">True to suspend, false to resume.</param>
    /// <param name="namespace">The namespace; the connection's when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>True when it changed; false when it already was in that state.</returns>
    /// <exception cref="ClusterException">The object does not exist, or the cluster refused the change.</exception>
    public async Task<bool> SetSuspendedAsync(string kind, string name, bool suspend, string? @namespace = null, CancellationToken cancellationToken = default)
    {
        CheckKind(kind);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var api = new ObjectApi(connection);
        var ns = @namespace ?? connection.Namespace;
        var live = await api.ReadAsync(kind, ns, name, cancellationToken).ConfigureAwait(false)
            ?? throw new ClusterException(ClusterErrorCodes.NotFound, $"{ObjectApi.Resource(kind, name)} not found") { StatusCode = 404 };
        var now = live switch { V1CronJob c => c.Spec?.Suspend == true, V1Job j => j.Spec?.Suspend == true, _ => false };
        if (now == suspend)
        {
            return false;
        }

        await api.SetSuspendAsync(kind, ns, name, suspend, "jobsharp", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>What applying the object would change: a server-side dry run diffed against the live object.</summary>
    /// <param name="manifest">The Job or CronJob.</param>
    /// <param name="fieldManager">The field manager the apply would use.</param>
    /// <param name="forceConflicts">
    /// Whether the apply would take over fields other managers own; when false, such fields are listed in
    /// <see cref="ManifestDiff.Conflicts"/>, as the apply would fail on them.
    /// </param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The diff, with immutable changes and conflicts named.</returns>
    /// <exception cref="ClusterException">The cluster refused the dry run or could not be reached.</exception>
    public Task<ManifestDiff> DiffAsync(
        IKubernetesObject<V1ObjectMeta> manifest, string fieldManager = "jobsharp", bool forceConflicts = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentException.ThrowIfNullOrEmpty(fieldManager);
        return new ManifestDiffer(connection).DiffAsync(manifest, fieldManager, forceConflicts, cancellationToken);
    }

    private static void CheckKind(string kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        if (!string.Equals(kind, ObjectApi.JobKind, StringComparison.Ordinal) && !string.Equals(kind, ObjectApi.CronJobKind, StringComparison.Ordinal))
        {
            throw new ArgumentException("The kind must be Job or CronJob.", nameof(kind));
        }
    }
}
