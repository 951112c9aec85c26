using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>
/// The one-shot Job runner people build by hand around <c>kubectl apply &amp;&amp; kubectl wait &amp;&amp; kubectl
/// logs &amp;&amp; kubectl delete</c>: apply, stream the logs of every pod while waiting for the outcome, then delete
/// the Job with its pods (unless kept).
/// </summary>
internal sealed class JobRunner(ClusterConnection connection)
{
    public async Task<JobOutcome> RunAsync(V1Job job, TextWriter logs, RunOptions options, CancellationToken ct)
    {
        var applied = await new JobApplier(connection).ApplyAsync(job, options.Apply with { DryRun = false }, ct).ConfigureAwait(false);
        using var stopLogs = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var logOptions = new LogOptions { Follow = true, AllPods = true };
        var follow = new LogFollower(connection).FollowAsync(applied.Namespace, applied.Name, logOptions, logs, stopLogs.Token);
        JobOutcome outcome;
        try
        {
            outcome = await new JobWaiter(connection).WaitAsync(applied.Namespace, applied.Name, options.Wait, ct).ConfigureAwait(false);
            if (outcome.Kind is JobOutcomeKind.Succeeded or JobOutcomeKind.Failed)
            {
                // The Job has finished: its streams end once the kubelet has sent their last lines.
                stopLogs.CancelAfter(options.LogGrace);
            }
            else
            {
                await stopLogs.CancelAsync().ConfigureAwait(false);
            }

            await IgnoreCancellationAsync(follow).ConfigureAwait(false);
        }
        finally
        {
            await stopLogs.CancelAsync().ConfigureAwait(false);
            await IgnoreCancellationAsync(follow).ConfigureAwait(false);
        }

        if (!options.Keep)
        {
            var delete = new DeleteOptions { Propagation = DeletePropagation.Background };
            await new ObjectDeleter(connection).DeleteAsync(ObjectApi.JobKind, applied.Namespace, applied.Name, delete, ct).ConfigureAwait(false);
        }

        return outcome;
    }

    private async Task IgnoreCancellationAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The follow was stopped on purpose.
        }
        catch (ClusterException e)
        {
            // The outcome is what the run reports; a log stream that broke is said, not hidden.
            connection.Warnings($"the logs could not be followed to the end: {e.Message}");
        }
    }
}
