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
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!string.Equals(kind, ObjectApi.JobKind, StringComparison.Ordinal) && !string.Equals(kind, ObjectApi.CronJobKind, StringComparison.Ordinal))
        {
            throw new ArgumentException("The kind must be Job or CronJob.", nameof(kind));
        }

        return new ObjectDeleter(connection).DeleteAsync(kind, @namespace ?? connection.Namespace, name, options ?? new DeleteOptions(), cancellationToken);
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
}
