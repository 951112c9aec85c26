using k8s;
using k8s.Autorest;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Follows one Job to its outcome: read it, watch it from that resource version, and on a dropped watch, an
/// ERROR event (such as 410 Gone) or a watch timeout, read it again and watch again.
/// </summary>
internal sealed class JobWaiter(ClusterConnection connection)
{
    private readonly PodLogReader logs = new(connection);

    public async Task<JobOutcome> WaitAsync(string ns, string name, WaitOptions options, CancellationToken ct)
    {
        using var timeout = options.Timeout is { } limit ? new CancellationTokenSource(limit, connection.Time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        var state = new State(name, options);
        try
        {
            var outcome = await FollowAsync(ns, state, linked.Token).ConfigureAwait(false);
            if (outcome.Kind == JobOutcomeKind.Failed && options.FailedPodLogLines > 0)
            {
                var excerpts = await logs.FailedPodLogsAsync(state.LastJob!, options.FailedPodLogLines, ct).ConfigureAwait(false);
                outcome = outcome with { FailedPodLogs = excerpts };
            }

            return outcome;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            var seconds = options.Timeout!.Value.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            return new JobOutcome(name, ns, JobOutcomeKind.TimedOut, null, $"not finished after {seconds} s", state.Last, []);
        }
    }

    private async Task<JobOutcome> FollowAsync(string ns, State state, CancellationToken ct)
    {
        var quiet = 0;
        while (true)
        {
            var job = await ApiCall.FindAsync(connection, $"reading job.batch/{state.Name}", () =>
                connection.Client.BatchV1.ReadNamespacedJobAsync(state.Name, ns, cancellationToken: ct)).ConfigureAwait(false);
            if (job is null)
            {
                return state.Gone(ns);
            }

            if (state.See(job, ns) is { } done)
            {
                return done;
            }

            var events = 0;
            try
            {
                var watch = ResourceWatch.JobAsync(connection.Api, ns, state.Name, job.Metadata.ResourceVersion, ct);
                await foreach (var (type, item) in watch.ConfigureAwait(false))
                {
                    events++;
                    if (type == WatchEventType.Bookmark || item?.Metadata is null)
                    {
                        continue;
                    }

                    if (state.See(item, ns) is { } outcome)
                    {
                        return outcome;
                    }

                    if (type == WatchEventType.Deleted)
                    {
                        return state.Gone(ns);
                    }
                }
            }
            catch (HttpOperationException e)
            {
                throw ApiCall.Translate(e, $"watching job.batch/{state.Name}");
            }
            catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                // The connection dropped or a client-side timeout ended it: read the Job again and watch again.
            }

            quiet = events > 0 ? 0 : Math.Min(quiet + 1, 5);
            if (quiet > 0)
            {
                var delay = state.Options.ReconnectDelay * (1 << (quiet - 1));
                await Task.Delay(delay, connection.Time, ct).ConfigureAwait(false);
            }
        }
    }

    private sealed class State(string name, WaitOptions options)
    {
        public string Name { get; } = name;

        public WaitOptions Options { get; } = options;

        public JobProgress? Last { get; private set; }

        /// <summary>The Job as last seen: its selector finds its pods.</summary>
        public V1Job? LastJob { get; private set; }

        private JobOutcome? Terminal { get; set; }

        public JobOutcome? See(V1Job job, string ns)
        {
            LastJob = job;
            var progress = JobConditions.Progress(job);
            if (progress != Last)
            {
                Last = progress;
                Options.Progress?.Invoke(progress);
            }

            if (JobConditions.Terminal(job) is { } end)
            {
                Terminal = new JobOutcome(Name, ns, end.Kind, end.Reason, end.Message, progress, []);
            }

            return Terminal;
        }

        public JobOutcome Gone(string ns) =>
            Terminal ?? new JobOutcome(
                Name, ns, JobOutcomeKind.Deleted, null,
                "the Job was deleted (by its TTL or by someone) before JobSharp saw it finish; its outcome is unknown",
                Last, []);
    }
}
