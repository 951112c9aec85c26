using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>Reads Jobs and their pods into <see cref="JobStatusRow"/>s.</summary>
internal sealed class JobStatusReader(ClusterConnection connection)
{
    private readonly ObjectApi api = new(connection);

    public async Task<IReadOnlyList<JobStatusRow>> ReadAsync(string ns, IReadOnlyList<string> names, CancellationToken ct)
    {
        List<V1Job> jobs;
        if (names.Count == 0)
        {
            var list = await ApiCall.RunAsync(connection, $"listing the jobs in namespace {ns}", () =>
                connection.Client.BatchV1.ListNamespacedJobAsync(ns, cancellationToken: ct)).ConfigureAwait(false);
            jobs = [.. list.Items.OrderBy(j => j.Metadata.Name, StringComparer.Ordinal)];
        }
        else
        {
            jobs = [];
            foreach (var name in names)
            {
                jobs.Add(await api.ReadJobAsync(ns, name, ct).ConfigureAwait(false));
            }
        }

        var rows = new List<JobStatusRow>();
        foreach (var job in jobs)
        {
            var pods = await api.ListPodsAsync(job, ct).ConfigureAwait(false);
            rows.Add(Row(job, pods) with { Stuck = JobConditions.Terminal(job) is null ? await FailedCreateAsync(job, ct).ConfigureAwait(false) : null });
        }

        return rows;
    }

    /// <summary>The newest of the Job's <c>FailedCreate</c> / <c>SuccessfulCreate</c> events, when it is a failure.</summary>
    private async Task<StuckReason?> FailedCreateAsync(V1Job job, CancellationToken ct)
    {
        var events = await ApiCall.RunAsync(connection, $"listing the events of job.batch/{job.Metadata.Name}", () =>
            connection.Client.CoreV1.ListNamespacedEventAsync(job.Metadata.NamespaceProperty, fieldSelector: $"involvedObject.uid={job.Metadata.Uid}", cancellationToken: ct)).ConfigureAwait(false);
        var newest = events.Items
            .Where(e => e.Reason is "FailedCreate" or "SuccessfulCreate")
            .MaxBy(e => e.LastTimestamp ?? e.EventTime ?? e.Metadata.CreationTimestamp);
        return newest is null ? null : StuckDetector.Of(newest, job.Metadata.Name);
    }

    internal static JobStatusRow Row(V1Job job, IReadOnlyList<V1Pod> pods)
    {
        var terminal = JobConditions.Terminal(job);
        var conditions = job.Status?.Conditions ?? [];
        bool Has(string type) => conditions.Any(c => string.Equals(c.Type, type, StringComparison.Ordinal) && string.Equals(c.Status, "True", StringComparison.Ordinal));
        var status = Has("Complete") ? "Complete"
            : Has("Failed") ? "Failed"
            : Has("SuccessCriteriaMet") ? "SuccessCriteriaMet"
            : Has("FailureTarget") ? "FailureTarget"
            : job.Spec?.Suspend == true ? "Suspended"
            : "Running";
        var wanted = job.Spec?.Completions is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "1";
        var succeeded = job.Status?.Succeeded ?? 0;
        return new JobStatusRow(
            job.Metadata.Name,
            status,
            terminal?.Reason,
            $"{succeeded}/{wanted}",
            JobConditions.Progress(job),
            job.Status?.StartTime,
            job.Status?.CompletionTime ?? conditions.FirstOrDefault(x => string.Equals(x.Type, "Failed", StringComparison.Ordinal))?.LastTransitionTime,
            job.Metadata.CreationTimestamp,
            [.. pods.Select(p => PodRow(p) with { Stuck = StuckDetector.Of(p, job.Metadata.Name) })]);
    }

    private static PodStatusRow PodRow(V1Pod pod)
    {
        var statuses = pod.Status?.ContainerStatuses ?? [];
        var total = pod.Spec?.Containers?.Count ?? statuses.Count;
        var ready = statuses.Count(s => s.Ready);
        var reason = statuses.Select(s => s.State?.Waiting?.Reason ?? s.State?.Terminated?.Reason).FirstOrDefault(r => !string.IsNullOrEmpty(r));
        var status = pod.Metadata.DeletionTimestamp is not null ? "Terminating" : reason ?? pod.Status?.Phase ?? "Unknown";
        return new PodStatusRow(
            pod.Metadata.Name, JobLabels.IndexOf(pod), $"{ready}/{total}", status, statuses.Sum(s => s.RestartCount), pod.Metadata.CreationTimestamp);
    }
}
