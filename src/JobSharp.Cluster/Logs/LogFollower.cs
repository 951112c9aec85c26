using k8s;

namespace JobSharp.Cluster;

/// <summary>Streams the logs of every pod of a Job, including pods started later, until the Job finishes.</summary>
internal sealed class LogFollower(ClusterConnection connection)
{
    private readonly ObjectApi api = new(connection);
    private readonly Lock gate = new();

    public async Task FollowAsync(string ns, string job, LogOptions options, TextWriter writer, CancellationToken ct)
    {
        var followed = new HashSet<string>(StringComparer.Ordinal);
        var running = new List<Task>();
        var first = true;
        while (true)
        {
            var pods = await api.ListPodsAsync(ns, job, ct).ConfigureAwait(false);
            foreach (var pod in first ? PodLogReader.Choose(pods, options.AllPods) : pods)
            {
                foreach (var container in pod.Spec.Containers)
                {
                    var key = pod.Metadata.Name + "/" + container.Name;
                    bool added;
                    lock (gate)
                    {
                        added = followed.Add(key);
                    }

                    if (added)
                    {
                        var prefix = PodLogReader.Prefix(pod, container.Name);
                        running.Add(StreamAsync(ns, pod.Metadata.Name, container.Name, prefix, options, writer, () => Forget(followed, key), ct));
                    }
                }
            }

            if (first)
            {
                // Pods skipped at the start (failed before, without AllPods) are not followed later either.
                foreach (var pod in pods)
                {
                    foreach (var container in pod.Spec.Containers)
                    {
                        lock (gate)
                        {
                            followed.Add(pod.Metadata.Name + "/" + container.Name);
                        }
                    }
                }

                first = false;
            }

            foreach (var done in running.Where(t => t.IsCompleted).ToList())
            {
                await done.ConfigureAwait(false);
                running.Remove(done);
            }

            if (running.Count == 0)
            {
                var live = await ApiCall.FindAsync(connection, $"reading job.batch/{job}", () =>
                    connection.Client.BatchV1.ReadNamespacedJobAsync(job, ns, cancellationToken: ct)).ConfigureAwait(false);
                if (live is null || JobConditions.Terminal(live) is not null)
                {
                    return;
                }
            }

            await Task.WhenAny(Task.WhenAll(running), Task.Delay(options.PollInterval, connection.Time, ct)).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
        }
    }

    private void Forget(HashSet<string> followed, string key)
    {
        lock (gate)
        {
            followed.Remove(key);
        }
    }

    private async Task StreamAsync(
        string ns, string pod, string container, string prefix, LogOptions options, TextWriter writer, Action retryLater, CancellationToken ct)
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
            // The container has not started yet: try again on the next round.
            retryLater();
        }
        catch (ClusterException e) when (e.StatusCode == 404)
        {
            lock (gate)
            {
                writer.Write($"{prefix} (the pod is gone)\n");
            }
        }
    }
}
