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
    private readonly ObjectApi api = new(connection);

    public async Task<JobOutcome> WaitAsync(string ns, string name, WaitOptions options, CancellationToken ct)
    {
        using var timeout = options.Timeout is { } limit ? new CancellationTokenSource(limit, connection.Time) : new CancellationTokenSource();
        using var stuck = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token, stuck.Token);
        var state = new State(name, options);
        var watchingStuck = options.Stuck is not null || options.FailAfterStuck is not null;
        state.Tracker = watchingStuck ? new StuckTracker(connection.Time, options.Stuck) : null;
        try
        {
            var outcome = await FollowAsync(ns, state, stuck, linked.Token).ConfigureAwait(false);
            if (outcome.Kind == JobOutcomeKind.Failed && options.FailedPodLogLines > 0)
            {
                var excerpts = await logs.FailedPodLogsAsync(state.LastJob!, options.FailedPodLogLines, state.Restarts, ct).ConfigureAwait(false);
                outcome = outcome with { FailedPodLogs = excerpts };
            }

            return outcome;
        }
        catch (OperationCanceledException) when (stuck.IsCancellationRequested && state.StuckFor is { } reason && !ct.IsCancellationRequested)
        {
            var seconds = options.FailAfterStuck!.Value.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            return new JobOutcome(name, ns, JobOutcomeKind.Stuck, reason.Reason, $"for {seconds} s, {(reason.Pod is null ? string.Empty : $"pod/{reason.Pod}: ")}{reason.Message}", state.Last, []);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            var seconds = options.Timeout!.Value.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            return new JobOutcome(name, ns, JobOutcomeKind.TimedOut, null, $"not finished after {seconds} s", state.Last, []);
        }
    }

    private async Task<JobOutcome> FollowAsync(string ns, State state, CancellationTokenSource stuck, CancellationToken ct)
    {
        using var stopWatchers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var watchers = new List<Task>();
        try
        {
            var started = false;
            return await FollowJobAsync(ns, state, job =>
            {
                if (!started)
                {
                    started = true;
                    watchers.AddRange(StartWatchers(job, state, stuck, stopWatchers.Token));
                }
            }, ct).ConfigureAwait(false);
        }
        finally
        {
            await stopWatchers.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(watchers).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// What follows the Job's pods and events besides the Job itself, once it is first seen: one watch of its pods for
    /// the stuck reasons the options ask for and, with restartPolicy OnFailure, for the logs of each restart (the pod
    /// is deleted with its logs when the Job fails); the events for the stuck reasons; the check that ends a stuck wait.
    /// </summary>
    private List<Task> StartWatchers(V1Job job, State state, CancellationTokenSource stuck, CancellationToken ct)
    {
        var stuckWatcher = state.Tracker is { } tracker ? new StuckWatcher(connection, tracker) : null;
        var restartsLost = state.Options.FailedPodLogLines > 0
            && string.Equals(job.Spec?.Template?.Spec?.RestartPolicy, "OnFailure", StringComparison.Ordinal);
        state.Restarts = restartsLost ? new RestartedRunLogs(logs, state.Options.FailedPodLogLines) : null;
        var watchers = new List<Task>();
        if (stuckWatcher is not null || state.Restarts is not null)
        {
            watchers.Add(WatchPodsAsync(job, stuckWatcher, state.Restarts, ct));
        }

        if (stuckWatcher is not null)
        {
            watchers.Add(stuckWatcher.WatchEventsAsync(job, ct));
            if (state.Options.FailAfterStuck is { } limit)
            {
                watchers.Add(EndWhenStuckAsync(state, state.Tracker!, limit, stuck, ct));
            }
        }

        return watchers;
    }

    /// <summary>One watch of the Job's pods, for whichever of the two needs it.</summary>
    private Task WatchPodsAsync(V1Job job, StuckWatcher? stuckWatcher, RestartedRunLogs? restarts, CancellationToken ct)
    {
        var name = job.Metadata.Name;
        var what = $"the pods of job.batch/{name}";
        var lost = stuckWatcher is null ? "the logs of restarted containers are not kept" : "why it is stuck is not shown";
        return WatchLoop.KeepGoingAsync(connection, what, lost, api.WatchPodsAsync(
            job.Metadata.NamespaceProperty,
            JobLabels.PodSelector(job),
            name,
            what,
            async (type, pod) =>
            {
                if (stuckWatcher is not null)
                {
                    await stuckWatcher.PodSeenAsync(type, pod, name, ct).ConfigureAwait(false);
                }

                if (restarts is not null && type != WatchEventType.Deleted)
                {
                    await restarts.SeenAsync(pod, ct).ConfigureAwait(false);
                }
            },
            resourceVersion: null,
            ct));
    }

    /// <summary>Cancels <paramref name="stuck"/> once something has been stuck for <paramref name="limit"/>.</summary>
    private async Task EndWhenStuckAsync(State state, StuckTracker tracker, TimeSpan limit, CancellationTokenSource stuck, CancellationToken ct)
    {
        try
        {
            StuckReason? reason;
            while ((reason = tracker.StuckLongerThan(limit)) is null)
            {
                await Task.Delay(StuckCheckInterval, connection.Time, ct).ConfigureAwait(false);
            }

            state.StuckFor = reason;
            await stuck.CancelAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The wait ended first.
        }
    }

    private static readonly TimeSpan StuckCheckInterval = TimeSpan.FromMilliseconds(100);

    private async Task<JobOutcome> FollowJobAsync(string ns, State state, Action<V1Job> seen, CancellationToken ct)
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

            seen(job);

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
                throw ApiCall.Translate(e, $"watching job.batch/{state.Name}", connection);
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

        /// <summary>What is stuck, when the options ask for it.</summary>
        public StuckTracker? Tracker { get; set; }

        /// <summary>The previous runs' logs of restarted containers, kept for a Job whose pods restart in place.</summary>
        public RestartedRunLogs? Restarts { get; set; }

        /// <summary>What was stuck for too long, when that ended the wait.</summary>
        public StuckReason? StuckFor { get; set; }

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
