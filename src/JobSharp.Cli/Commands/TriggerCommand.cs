using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>trigger</c>: for each CronJob, a Job from its template on the cluster now, as <c>kubectl create job
/// --from=cronjob/NAME</c> makes it; with <c>--wait</c> follows it (exit 0, 1, or 3 on timeout) and with
/// <c>--logs</c> prints its pods' logs when it ends.
/// </summary>
internal sealed class TriggerCommand : ClusterCommand
{
    private readonly Option<bool> _wait = new("--wait") { Description = "Wait until each Job is Complete or Failed." };
    private readonly Option<string?> _timeout = DurationOption.Create("--timeout", "With --wait: give up after this long (90s, 5m, 1h30m); exit 3.");
    private readonly Option<bool> _logs = new("--logs") { Description = "With --wait: print the logs of every pod when the Job ends." };
    private readonly Option<string?> _failAfterStuck = DurationOption.FailAfterStuck();

    public TriggerCommand(ManifestInput input)
        : base("trigger", "Create a Job from each CronJob's template now (kubectl create job --from=cronjob/NAME).", input, validateFirst: false)
    {
        foreach (var option in new Option[] { _wait, _timeout, _logs, _failAfterStuck })
        {
            Options.Add(option);
        }

    }

    protected override async Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken)
    {
        var parseResult = invocation.ParseResult;
        var cronJobs = invocation.Entries.Where(e => e.Kind == "CronJob").ToList();
        if (cronJobs.Count == 0)
        {
            invocation.Error.Write("trigger: no CronJob to trigger (trigger works on CronJobs; run runs a Job)\n");
            return ExitCodes.UsageOrIoError;
        }

        var created = new List<(string Name, string Namespace)>();
        var exit = await ForEachAsync(invocation, cronJobs, async entry =>
        {
            var job = await invocation.Cluster.TriggerAsync(entry.Name, entry.Namespace, cancellationToken: cancellationToken).ConfigureAwait(false);
            invocation.Output.Write($"job.batch/{job.Metadata.Name} created (from cronjob.batch/{entry.Name})\n");
            created.Add((job.Metadata.Name, job.Metadata.NamespaceProperty));
            return ExitCodes.Success;
        }).ConfigureAwait(false);
        if (!parseResult.GetValue(_wait))
        {
            return exit;
        }

        var wait = new WaitOptions
        {
            Timeout = DurationOption.Value(parseResult, _timeout),
            FailAfterStuck = DurationOption.Value(parseResult, _failAfterStuck),
        };
        var outcomes = await JobWaits.FollowAsync(invocation, created, wait, parseResult.GetValue(_logs), timedOut: null, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Worst(exit, outcomes);
    }
}
