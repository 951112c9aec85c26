using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>Reads pod logs: the failed pods' last lines, and every pod of a Job in time order.</summary>
internal sealed class PodLogReader(ClusterConnection connection)
{
    private readonly ObjectApi api = new(connection);

    /// <summary>
    /// The last lines of every failed pod and of every restarted container's previous run; then what
    /// <paramref name="kept"/> read of pods that are gone since (OnFailure pods, deleted when the Job failed).
    /// </summary>
    public async Task<IReadOnlyList<PodLogExcerpt>> FailedPodLogsAsync(V1Job job, int lines, RestartedRunLogs? kept, CancellationToken ct)
    {
        var excerpts = new List<PodLogExcerpt>();
        var pods = await api.ListPodsAsync(job, ct).ConfigureAwait(false);
        foreach (var pod in pods)
        {
            var failed = string.Equals(pod.Status?.Phase, "Failed", StringComparison.Ordinal);
            foreach (var container in pod.Spec.Containers)
            {
                var restarts = pod.Status?.ContainerStatuses?.FirstOrDefault(s => string.Equals(s.Name, container.Name, StringComparison.Ordinal))?.RestartCount ?? 0;
                if (restarts > 0)
                {
                    excerpts.Add(await ExcerptAsync(pod, container.Name, true, lines, ct).ConfigureAwait(false));
                }

                if (failed)
                {
                    excerpts.Add(await ExcerptAsync(pod, container.Name, false, lines, ct).ConfigureAwait(false));
                }
            }
        }

        excerpts.AddRange(kept?.OfPodsGone(pods.Select(p => p.Metadata.Name).ToHashSet(StringComparer.Ordinal)) ?? []);
        return excerpts;
    }

    /// <summary>The last <paramref name="lines"/> of a container's log (its previous run's), or a note on why there are none.</summary>
    public async Task<PodLogExcerpt> ExcerptAsync(V1Pod pod, string container, bool previous, int lines, CancellationToken ct)
    {
        var index = JobLabels.IndexOf(pod);
        try
        {
            var text = await ReadAsync(pod.Metadata.NamespaceProperty, pod.Metadata.Name, container, previous, lines, timestamps: false, ct).ConfigureAwait(false);
            return new PodLogExcerpt(pod.Metadata.Name, container, index, previous, text, null);
        }
        catch (ClusterException e) when (e.StatusCode is 400 or 404)
        {
            var note = e.StatusCode == 404 ? "the pod is gone; its logs cannot be read" : $"logs unavailable: {e.Message}";
            return new PodLogExcerpt(pod.Metadata.Name, container, index, previous, [], note);
        }
    }

    public Task<List<string>> ReadAsync(
        string ns, string pod, string container, bool previous, int? tail, bool timestamps, CancellationToken ct) =>
        ApiCall.RunAsync(connection, $"reading the logs of pod {pod}", async () =>
        {
            var stream = await connection.Client.CoreV1.ReadNamespacedPodLogAsync(
                pod, ns, container: container, previous: previous, tailLines: tail, timestamps: timestamps, cancellationToken: ct).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await LogLine.ReadLinesAsync(stream, ct).ConfigureAwait(false);
            }
        });

    /// <summary>Every container of every pod of the Job, merged in time order, each line prefixed.</summary>
    public async Task WriteAllAsync(string ns, string job, LogOptions options, TextWriter writer, CancellationToken ct)
    {
        var live = await api.ReadJobAsync(ns, job, ct).ConfigureAwait(false);
        var pods = Choose(await api.ListPodsAsync(live, ct).ConfigureAwait(false), options.AllPods);
        if (pods.Count == 0)
        {
            connection.Warnings($"job.batch/{job} has no pods, so there are no logs to show{WhyNoPods(live)}");
        }

        var merged = new List<(LogLine Line, int Order, string Prefix)>();
        var order = 0;
        foreach (var pod in pods)
        {
            foreach (var container in pod.Spec.Containers)
            {
                var prefix = Prefix(pod, container.Name);
                List<string> raw;
                try
                {
                    raw = await ReadAsync(ns, pod.Metadata.Name, container.Name, options.Previous, options.TailLines, true, ct).ConfigureAwait(false);
                }
                catch (ClusterException e) when (e.StatusCode is 400 or 404)
                {
                    raw = [];
                    writer.Write($"{prefix} (logs unavailable: {e.Message})\n");
                }

                merged.AddRange(raw.Select(r => (LogLine.Parse(r), order++, prefix)));
            }
        }

        foreach (var (line, _, prefix) in merged.OrderBy(m => m.Line.Time ?? DateTimeOffset.MinValue).ThenBy(m => m.Order))
        {
            writer.Write($"{prefix} {line.Text}\n");
        }
    }

    private static string WhyNoPods(V1Job job) =>
        string.Equals(job.Spec?.Template?.Spec?.RestartPolicy, "OnFailure", StringComparison.Ordinal) && JobConditions.Terminal(job) is { Kind: JobOutcomeKind.Failed }
            ? ": with restartPolicy OnFailure the Job controller deletes the pods, and their logs, when the Job fails "
                + "(apply --wait and run keep each restart's last lines; restartPolicy Never keeps failed pods)"
            : string.Empty;

    /// <summary>All pods, or the current ones: not failed, else the newest.</summary>
    public static IReadOnlyList<V1Pod> Choose(IReadOnlyList<V1Pod> pods, bool all)
    {
        if (all || pods.Count == 0)
        {
            return pods;
        }

        var current = pods.Where(p => !string.Equals(p.Status?.Phase, "Failed", StringComparison.Ordinal)).ToList();
        return current.Count > 0 ? current : [pods[^1]];
    }

    public static string Prefix(V1Pod pod, string container)
    {
        var index = JobLabels.IndexOf(pod) is { } i ? $" index={i}" : string.Empty;
        var many = pod.Spec.Containers.Count > 1 ? $" container={container}" : string.Empty;
        return $"[{pod.Metadata.Name}{index}{many}]";
    }
}
