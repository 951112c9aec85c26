using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// The requests JobSharp sends for Jobs, CronJobs and their pods, dispatched by kind: the HTTP layer that apply,
/// delete, diff, logs, status and wait share.
/// </summary>
internal sealed class ObjectApi(ClusterConnection connection)
{
    public const string JobKind = "Job";
    public const string CronJobKind = "CronJob";

    public static string KindOf(IKubernetesObject<V1ObjectMeta> manifest) => manifest switch
    {
        V1Job => JobKind,
        V1CronJob => CronJobKind,
        _ => throw new ClusterException(
            ClusterErrorCodes.UnsupportedKind,
            $"{manifest.Kind ?? manifest.GetType().Name} \"{manifest.Metadata?.Name}\": only Job and CronJob objects are applied"),
    };

    public static string Resource(string kind, string name) =>
        (string.Equals(kind, CronJobKind, StringComparison.Ordinal) ? "cronjob.batch/" : "job.batch/") + name;

    public Task<IKubernetesObject<V1ObjectMeta>?> ReadAsync(string kind, string ns, string name, CancellationToken ct) =>
        ApiCall.FindAsync<IKubernetesObject<V1ObjectMeta>>(connection, $"reading {Resource(kind, name)}", async () =>
            string.Equals(kind, CronJobKind, StringComparison.Ordinal)
                ? await connection.Client.BatchV1.ReadNamespacedCronJobAsync(name, ns, cancellationToken: ct).ConfigureAwait(false)
                : await connection.Client.BatchV1.ReadNamespacedJobAsync(name, ns, cancellationToken: ct).ConfigureAwait(false));

    /// <summary>
    /// A server-side apply, with <c>fieldValidation=Strict</c> as kubectl sends it: a field the server does not know
    /// is an error, not silently dropped.
    /// </summary>
    public async Task<AppliedObject> ApplyAsync(
        IKubernetesObject<V1ObjectMeta> manifest, string ns, string fieldManager, bool force, bool dryRun, CancellationToken ct)
    {
        var kind = KindOf(manifest);
        var name = manifest.Metadata.Name;
        // An apply patch must carry apiVersion and kind; models built by hand often leave them out.
        var body = JsonNode.Parse(KubernetesJson.Serialize(manifest))!.AsObject();
        body["apiVersion"] ??= "batch/v1";
        body["kind"] ??= kind;
        var patch = new V1Patch(body, V1Patch.PatchType.ApplyPatch);
        var dry = dryRun ? "All" : null;
        const string Strict = "Strict";
        return await ApiCall.RunAsync(connection, $"applying {Resource(kind, name)}", async () =>
        {
            if (string.Equals(kind, CronJobKind, StringComparison.Ordinal))
            {
                using var cronJob = await connection.Client.BatchV1.PatchNamespacedCronJobWithHttpMessagesAsync(
                    patch, name, ns, dryRun: dry, fieldManager: fieldManager, fieldValidation: Strict, force: force, cancellationToken: ct).ConfigureAwait(false);
                return AppliedObject.Of(cronJob.Body, cronJob.Response);
            }

            using var job = await connection.Client.BatchV1.PatchNamespacedJobWithHttpMessagesAsync(
                patch, name, ns, dryRun: dry, fieldManager: fieldManager, fieldValidation: Strict, force: force, cancellationToken: ct).ConfigureAwait(false);
            return AppliedObject.Of(job.Body, job.Response);
        }).ConfigureAwait(false);
    }

    /// <summary>Deletes with an explicit propagation policy; false when the object did not exist.</summary>
    public async Task<bool> DeleteAsync(string kind, string ns, string name, DeletePropagation propagation, CancellationToken ct)
    {
        var options = new V1DeleteOptions { PropagationPolicy = propagation.ToString() };
        var status = await ApiCall.FindAsync(connection, $"deleting {Resource(kind, name)}", async () =>
            string.Equals(kind, CronJobKind, StringComparison.Ordinal)
                ? await connection.Client.BatchV1.DeleteNamespacedCronJobAsync(
                    name, ns, options, propagationPolicy: options.PropagationPolicy, cancellationToken: ct).ConfigureAwait(false)
                : await connection.Client.BatchV1.DeleteNamespacedJobAsync(
                    name, ns, options, propagationPolicy: options.PropagationPolicy, cancellationToken: ct).ConfigureAwait(false)).ConfigureAwait(false);
        return status is not null;
    }

    /// <summary>Sets <c>spec.suspend</c> with a JSON merge patch, as <c>kubectl patch --type merge</c> would.</summary>
    public Task<IKubernetesObject<V1ObjectMeta>> SetSuspendAsync(string kind, string ns, string name, bool suspend, string fieldManager, CancellationToken ct)
    {
        var patch = new V1Patch(new JsonObject { ["spec"] = new JsonObject { ["suspend"] = suspend } }, V1Patch.PatchType.MergePatch);
        return ApiCall.RunAsync<IKubernetesObject<V1ObjectMeta>>(connection, $"{(suspend ? "suspending" : "resuming")} {Resource(kind, name)}", async () =>
            string.Equals(kind, CronJobKind, StringComparison.Ordinal)
                ? await connection.Client.BatchV1.PatchNamespacedCronJobAsync(patch, name, ns, fieldManager: fieldManager, cancellationToken: ct).ConfigureAwait(false)
                : await connection.Client.BatchV1.PatchNamespacedJobAsync(patch, name, ns, fieldManager: fieldManager, cancellationToken: ct).ConfigureAwait(false));
    }

    /// <summary>The Job's pods, chosen by its <c>spec.selector</c>, oldest first.</summary>
    public async Task<IReadOnlyList<V1Pod>> ListPodsAsync(V1Job job, CancellationToken ct)
    {
        var list = await PodListAsync(job.Metadata.NamespaceProperty, JobLabels.PodSelector(job), job.Metadata.Name, ct).ConfigureAwait(false);
        return [.. list.Items
            .OrderBy(p => p.Metadata.CreationTimestamp ?? DateTime.MaxValue)
            .ThenBy(p => p.Metadata.Name, StringComparer.Ordinal)];
    }

    /// <summary>A Job's pods by its selector (<see cref="JobLabels.PodSelector"/>), with the list's resource version to watch from.</summary>
    public Task<V1PodList> PodListAsync(string ns, string selector, string jobName, CancellationToken ct) =>
        ApiCall.RunAsync(connection, $"listing the pods of job.batch/{jobName}", () =>
            connection.Client.CoreV1.ListNamespacedPodAsync(ns, labelSelector: selector, cancellationToken: ct));

    /// <summary>
    /// Lists and watches a Job's pods by its selector until <paramref name="ct"/> ends it, listing again whenever a
    /// watch ends (<see cref="WatchLoop"/>); <paramref name="resourceVersion"/> is where the caller's own list left off,
    /// or null to list first.
    /// </summary>
    public Task WatchPodsAsync(
        string ns, string selector, string jobName, string what, Func<WatchEventType, V1Pod, ValueTask> seen, string? resourceVersion, CancellationToken ct) =>
        WatchLoop.RunAsync(
            connection,
            what,
            $"api/v1/namespaces/{Uri.EscapeDataString(ns)}/pods",
            WatchLoop.Labels(selector),
            async token =>
            {
                var list = await PodListAsync(ns, selector, jobName, token).ConfigureAwait(false);
                return ((IEnumerable<V1Pod>)list.Items, list.Metadata.ResourceVersion);
            },
            seen,
            resourceVersion,
            ct);

    /// <summary>Reads a Job; a missing one is <see cref="ClusterErrorCodes.NotFound"/>.</summary>
    public Task<V1Job> ReadJobAsync(string ns, string name, CancellationToken ct) =>
        ApiCall.RunAsync(connection, $"reading job.batch/{name}", () =>
            connection.Client.BatchV1.ReadNamespacedJobAsync(name, ns, cancellationToken: ct));
}
