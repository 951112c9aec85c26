using System.Threading.Channels;
using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// Streams the logs of every pod of a Job, including pods started later, until the Job finishes. It watches the
/// Job's pods (by the Job's selector) and the Job itself rather than listing them over and over: a new pod, or a
/// pod whose container has started, starts a stream; the Job's terminal condition (or its deletion) ends the
/// follow once every stream has ended.
/// </summary>
internal sealed class LogFollower(ClusterConnection connection)
{
    private readonly ObjectApi api = new(connection);
    private readonly Lock gate = new();

    public async Task FollowAsync(string ns, string jobName, LogOptions options, TextWriter writer, CancellationToken ct)
    {
        var job = await api.ReadJobAsync(ns, jobName, ct).ConfigureAwait(false);
        var signals = Channel.CreateUnbounded<Signal>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var podList = await api.PodListAsync(ns, JobLabels.PodSelector(job), jobName, ct).ConfigureAwait(false);
        var watchers = new[]
        {
            WatchPodsAsync(ns, jobName, JobLabels.PodSelector(job), podList.Metadata.ResourceVersion, signals.Writer, stop.Token),
            WatchJobAsync(ns, jobName, job.Metadata.ResourceVersion, signals.Writer, stop.Token),
        };
        var followed = new HashSet<string>(StringComparer.Ordinal);
        var running = 0;
        var finished = JobConditions.Terminal(job) is not null;
        try
        {
            // At the start, pods that failed before are skipped unless every pod is wanted; they are not followed later either.
            var chosen = PodLogReader.Choose([.. podList.Items], options.AllPods);
            foreach (var pod in podList.Items)
            {
                running += chosen.Contains(pod) ? Start(pod) : Skip(pod);
            }

            while (!finished || running > 0 || await StartUnseenAsync().ConfigureAwait(false))
            {
                switch (await signals.Reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    case PodSeen seen:
                        running += Start(seen.Pod);
                        break;
                    case StreamEnded:
                        running--;
                        break;
                    case Forget forget:
                        followed.Remove(forget.Key);
                        break;
                    case JobSeen seen:
                        finished = seen.Job is null || JobConditions.Terminal(seen.Job) is not null;
                        break;
                    case WatchFailed failed:
                        throw failed.Error;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(watchers).ConfigureAwait(false);
        }

        // A stream ends with the container's run, so a restart (OnFailure) is followed again: each run is its own key.
        int Start(V1Pod pod)
        {
            var started = 0;
            foreach (var container in pod.Spec.Containers)
            {
                var key = RunKey(pod, container.Name);
                if (followed.Add(key))
                {
                    started++;
                    _ = StreamAsync(ns, pod.Metadata.Name, container.Name, key, PodLogReader.Prefix(pod, container.Name), options, writer, signals.Writer, stop.Token);
                }
            }

            return started;
        }

        // Once the Job has finished and every stream has ended, a last list: the watch may not yet have delivered
        // the pod that finished it.
        async Task<bool> StartUnseenAsync()
        {
            var started = 0;
            foreach (var pod in (await api.PodListAsync(ns, JobLabels.PodSelector(job), jobName, ct).ConfigureAwait(false)).Items)
            {
                started += Start(pod);
            }

            running += started;
            return started > 0;
        }

        int Skip(V1Pod pod)
        {
            foreach (var container in pod.Spec.Containers)
            {
                followed.Add(RunKey(pod, container.Name));
            }

            return 0;
        }
    }

    /// <summary>Every pod event becomes a <see cref="PodSeen"/>; a watch that ends is resumed from a new list.</summary>
    private Task WatchPodsAsync(string ns, string jobName, string selector, string resourceVersion, ChannelWriter<Signal> signals, CancellationToken ct) =>
        WatchUntilCancelledAsync(signals, api.WatchPodsAsync(
            ns,
            selector,
            jobName,
            "the job's pods",
            async (type, pod) =>
            {
                if (type != WatchEventType.Deleted)
                {
                    await signals.WriteAsync(new PodSeen(pod), ct).ConfigureAwait(false);
                }
            },
            resourceVersion,
            ct));

    /// <summary>Every change of the Job becomes a <see cref="JobSeen"/>; its deletion one with no Job.</summary>
    private Task WatchJobAsync(string ns, string name, string resourceVersion, ChannelWriter<Signal> signals, CancellationToken ct) =>
        WatchUntilCancelledAsync(signals, WatchLoop.RunAsync<V1Job>(
            connection,
            $"job.batch/{name}",
            $"apis/batch/v1/namespaces/{Uri.EscapeDataString(ns)}/jobs",
            ResourceWatch.NameSelector(name),
            async token =>
            {
                var list = await ApiCall.RunAsync(connection, $"reading job.batch/{name}", () =>
                    connection.Client.BatchV1.ListNamespacedJobAsync(ns, fieldSelector: $"metadata.name={name}", cancellationToken: token)).ConfigureAwait(false);
                if (list.Items.Count == 0)
                {
                    await signals.WriteAsync(new JobSeen(null), token).ConfigureAwait(false);
                }

                return (list.Items, list.Metadata.ResourceVersion);
            },
            (type, job) => signals.WriteAsync(new JobSeen(type == WatchEventType.Deleted ? null : job), ct),
            resourceVersion,
            ct));

    /// <summary>A watch loop ends only by cancellation; a cluster error ends the follow with that error.</summary>
    private static async Task WatchUntilCancelledAsync(ChannelWriter<Signal> signals, Task loop)
    {
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The follow is over.
        }
        catch (ClusterException e)
        {
            signals.TryWrite(new WatchFailed(e));
        }
    }

    /// <summary>One run of a container: the pod, the container and how often it had restarted.</summary>
    private static string RunKey(V1Pod pod, string container)
    {
        var restarts = pod.Status?.ContainerStatuses?.FirstOrDefault(s => string.Equals(s.Name, container, StringComparison.Ordinal))?.RestartCount ?? 0;
        return $"{pod.Metadata.Name}/{container}/{restarts.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private async Task StreamAsync(
        string ns, string pod, string container, string key, string prefix, LogOptions options, TextWriter writer, ChannelWriter<Signal> signals, CancellationToken ct)
    {
        try
        {
            await ApiCall.RunAsync(connection, $"following the logs of pod {pod}", async () =>
            {
                var stream = await connection.Client.CoreV1.ReadNamespacedPodLogAsync(
                    pod, ns, container: container, follow: true, previous: options.Previous, tailLines: options.TailLines, cancellationToken: ct).ConfigureAwait(false);
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
                {
                    lock (gate)
                    {
                        writer.Write($"{prefix} {line}\n");
                    }
                }

                return true;
            }).ConfigureAwait(false);
        }
        catch (ClusterException e) when (e.StatusCode == 400)
        {
            // The container has not started yet: the pod's next change (running, or finished) starts it again.
            await signals.WriteAsync(new Forget(key), CancellationToken.None).ConfigureAwait(false);
        }
        catch (ClusterException e) when (e.StatusCode == 404)
        {
            lock (gate)
            {
                writer.Write($"{prefix} (the pod is gone)\n");
            }
        }
        catch (ClusterException e)
        {
            await signals.WriteAsync(new WatchFailed(e), CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The follow is over.
        }
        finally
        {
            await signals.WriteAsync(new StreamEnded(), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private abstract record Signal;

    private sealed record PodSeen(V1Pod Pod) : Signal;

    private sealed record JobSeen(V1Job? Job) : Signal;

    private sealed record StreamEnded : Signal;

    private sealed record Forget(string Key) : Signal;

    private sealed record WatchFailed(ClusterException Error) : Signal;
}
