using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// Follows Jobs to their outcome for <c>apply --wait</c> and <c>trigger --wait</c>: one progress line and the stuck
/// reasons on standard error; then each outcome (a success on standard output, anything else on standard error with
/// the failed pods' last lines) and, when asked, every pod's logs.
/// </summary>
internal static class JobWaits
{
    /// <param name="invocation">The verb's invocation: its cluster and writers.</param>
    /// <param name="jobs">The Jobs, by name and namespace.</param>
    /// <param name="options">Timeout and <c>--fail-after-stuck</c>; progress and stuck reasons are added here.</param>
    /// <param name="logs">Print every pod's logs once a Job has ended (<c>--logs</c>).</param>
    /// <param name="timedOut">The message for a timed-out Job; the wait's own when null.</param>
    /// <param name="ct">Cancels the waits.</param>
    /// <returns>The worst exit code of the outcomes.</returns>
    public static async Task<int> FollowAsync(
        ClusterInvocation invocation, IEnumerable<(string Name, string Namespace)> jobs, WaitOptions options, bool logs, string? timedOut, CancellationToken ct)
    {
        var progress = new ProgressLine(invocation.Error);
        options = options with { Progress = progress.Report, Stuck = progress.Report };
        var waits = jobs.Select(job => invocation.Cluster.WaitAllAsync([job.Name], options, job.Namespace, ct));
        var outcomes = (await Task.WhenAll(waits).ConfigureAwait(false))
            .SelectMany(o => o)
            .Select(o => o.Kind == JobOutcomeKind.TimedOut && timedOut is not null ? o with { Message = timedOut } : o)
            .ToList();
        progress.End();
        foreach (var outcome in outcomes)
        {
            OutcomeReport.Write(outcome.Kind == JobOutcomeKind.Succeeded ? invocation.Output : invocation.Error, outcome);
            if (logs && outcome.Kind is JobOutcomeKind.Succeeded or JobOutcomeKind.Failed or JobOutcomeKind.TimedOut)
            {
                try
                {
                    await invocation.Cluster.WriteLogsAsync(outcome.Name, invocation.Output, null, outcome.Namespace, ct).ConfigureAwait(false);
                }
                catch (ClusterException e)
                {
                    invocation.Error.Write($"job/{outcome.Name}: {ClusterDiagnostic.Of(e)}\n");
                }
            }
        }

        return ExitCodes.Worst(outcomes.Select(o => ExitCodes.For(o.Kind)));
    }
}
