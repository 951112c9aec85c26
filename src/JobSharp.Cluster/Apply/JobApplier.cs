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
        var before = await api.ReadAsync(kind, ns, name, ct).ConfigureAwait(false);
        IKubernetesObject<V1ObjectMeta> after;
        try
        {
            after = await api.ApplyAsync(manifest, ns, options.FieldManager, options.ForceConflicts, options.DryRun, ct).ConfigureAwait(false);
        }
        catch (ClusterException e) when (ImmutableChange.FieldsOf(e) is { Count: > 0 } fields)
        {
            if (!options.Recreate || options.DryRun)
            {
                throw ImmutableChange.Describe(kind, name, fields, manifest, before, e);
            }

            await DeleteAndWaitAsync(kind, ns, name, options, ct).ConfigureAwait(false);
            var created = await api.ApplyAsync(manifest, ns, options.FieldManager, options.ForceConflicts, dryRun: false, ct).ConfigureAwait(false);
            return new ApplyResult(kind, name, ns, ApplyAction.Recreated, false, created);
        }
        catch (ClusterException e) when (e.Code == ClusterErrorCodes.ApplyConflict)
        {
            throw new ClusterException(
                ClusterErrorCodes.ApplyConflict,
                $"{e.Message}; another field manager owns these fields: apply with --force-conflicts to take them over",
                e.InnerException) { StatusCode = 409 };
        }

        var action = before is null ? ApplyAction.Created
            : options.DryRun ? (string.Equals(LiveObject.Render(before), LiveObject.Render(after), StringComparison.Ordinal) ? ApplyAction.Unchanged : ApplyAction.Configured)
            : string.Equals(before.Metadata.ResourceVersion, after.Metadata.ResourceVersion, StringComparison.Ordinal) ? ApplyAction.Unchanged
            : ApplyAction.Configured;
        return new ApplyResult(kind, name, ns, action, options.DryRun, after);
    }

    /// <summary>Deletes in the foreground and polls until the object and (for a Job) its pods are gone.</summary>
    public async Task DeleteAndWaitAsync(string kind, string ns, string name, ApplyOptions options, CancellationToken ct)
    {
        await api.DeleteAsync(kind, ns, name, DeletePropagation.Foreground, ct).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(options.DeletionTimeout, connection.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            while (true)
            {
                var live = await api.ReadAsync(kind, ns, name, linked.Token).ConfigureAwait(false);
                var pods = live is null && string.Equals(kind, ObjectApi.JobKind, StringComparison.Ordinal)
                    ? await api.ListPodsAsync(ns, name, linked.Token).ConfigureAwait(false)
                    : [];
                if (live is null && pods.Count == 0)
                {
                    return;
                }

                await Task.Delay(options.PollInterval, connection.Time, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new ClusterException(
                ClusterErrorCodes.DeletionTimedOut,
                $"{ObjectApi.Resource(kind, name)} and its pods were still there {options.DeletionTimeout.TotalSeconds:0} s after the delete; nothing was applied");
        }
    }
}
