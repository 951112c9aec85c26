using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>Server-side apply with change detection, immutable-field messages and recreate.</summary>
internal sealed class JobApplier(ClusterConnection connection)
{
    private readonly ObjectApi api = new(connection);

    public async Task<ApplyResult> ApplyAsync(IKubernetesObject<V1ObjectMeta> manifest, ApplyOptions options, CancellationToken ct)
    {
        var kind = ObjectApi.KindOf(manifest);
        var name = manifest.Metadata?.Name;
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("The object has no metadata.name.", nameof(manifest));
        }

        var ns = manifest.Metadata!.NamespaceProperty ?? connection.Namespace;
        var before = await ReadIfAllowedAsync(kind, ns, name, ct).ConfigureAwait(false);
        AppliedObject after;
        try
        {
            after = await api.ApplyAsync(manifest, ns, options.FieldManager, options.ForceConflicts, options.DryRun, ct).ConfigureAwait(false);
        }
        catch (ClusterException e) when (ImmutableChange.FieldsOf(e) is { Count: > 0 } fields)
        {
            if (!options.Recreate || options.DryRun)
            {
                throw ImmutableChange.Describe(kind, name, fields, manifest, before.Object, e);
            }

            await RecreateDeleteAsync(kind, ns, name, before.Object, options, ct).ConfigureAwait(false);
            var created = await api.ApplyAsync(manifest, ns, options.FieldManager, options.ForceConflicts, dryRun: false, ct).ConfigureAwait(false);
            return new ApplyResult(kind, name, ns, ApplyAction.Recreated, false, created.Object);
        }
        catch (ClusterException e) when (e.Code == ClusterErrorCodes.ApplyConflict)
        {
            throw new ClusterException(
                ClusterErrorCodes.ApplyConflict,
                $"{e.Message}; another field manager owns these fields: apply with --force-conflicts to take them over",
                e.InnerException) { StatusCode = 409 };
        }

        return new ApplyResult(kind, name, ns, Action(before, after, options), options.DryRun, after.Object);
    }

    /// <summary>
    /// The live object, to tell "unchanged" from "configured" exactly and to name immutable changes. An account may
    /// be allowed to apply but not to read (kubectl's server-side apply never reads): then the apply goes ahead
    /// and its own answer says what it did.
    /// </summary>
    private async Task<(IKubernetesObject<V1ObjectMeta>? Object, bool Known)> ReadIfAllowedAsync(string kind, string ns, string name, CancellationToken ct)
    {
        try
        {
            return (await api.ReadAsync(kind, ns, name, ct).ConfigureAwait(false), true);
        }
        catch (ClusterException e) when (e.StatusCode == 403)
        {
            return (null, false);
        }
    }

    private static ApplyAction Action((IKubernetesObject<V1ObjectMeta>? Object, bool Known) before, AppliedObject after, ApplyOptions options)
    {
        if (!before.Known)
        {
            return after.Created ? ApplyAction.Created
                : options.DryRun || after.ChangedBy(options.FieldManager) ? ApplyAction.Configured
                : ApplyAction.Unchanged;
        }

        return before.Object is null ? ApplyAction.Created
            : options.DryRun ? (string.Equals(LiveObject.Render(before.Object), LiveObject.Render(after.Object), StringComparison.Ordinal) ? ApplyAction.Unchanged : ApplyAction.Configured)
            : string.Equals(before.Object.Metadata.ResourceVersion, after.Object.Metadata.ResourceVersion, StringComparison.Ordinal) ? ApplyAction.Unchanged
            : ApplyAction.Configured;
    }

    /// <summary>
    /// Deletes in the foreground and waits until the object is gone, and for a Job its pods too: those its own
    /// selector finds, not an earlier Job's of the same name.
    /// </summary>
    private async Task RecreateDeleteAsync(string kind, string ns, string name, IKubernetesObject<V1ObjectMeta>? live, ApplyOptions options, CancellationToken ct)
    {
        var deleter = new ObjectDeleter(connection);
        var started = connection.Time.GetTimestamp();
        live ??= await api.ReadAsync(kind, ns, name, ct).ConfigureAwait(false);
        await deleter.DeleteAsync(kind, ns, name, new DeleteOptions { Propagation = DeletePropagation.Foreground, Timeout = options.DeletionTimeout }, ct).ConfigureAwait(false);
        if (live is not V1Job job)
        {
            return;
        }

        // Foreground deletion removes the Job after its pods; a pod with a finalizer of its own can outlive it.
        while ((await api.ListPodsAsync(job, ct).ConfigureAwait(false)).Count > 0)
        {
            if (connection.Time.GetElapsedTime(started) >= options.DeletionTimeout)
            {
                throw new ClusterException(
                    ClusterErrorCodes.DeletionTimedOut,
                    $"{ObjectApi.Resource(kind, name)} is deleted but its pods were still there {options.DeletionTimeout.TotalSeconds:0} s after the delete; nothing was applied");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), connection.Time, ct).ConfigureAwait(false);
        }
    }
}
