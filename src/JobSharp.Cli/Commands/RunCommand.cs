using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>run</c>: each Job once, in order: apply, stream the logs of every pod (retries included) on standard output,
/// wait for the outcome saying why it is stuck when it is, then delete it with background propagation (unless
/// <c>--keep</c>). The exit code is the outcome: 0 complete, 1 failed (or stuck past <c>--fail-after-stuck</c>),
/// 3 timed out.
/// </summary>
internal sealed class RunCommand : ClusterCommand
{
    private readonly Option<string?> _timeout = DurationOption.Create("--timeout", "Give up waiting for each Job after this long (90s, 5m, 1h30m); exit 3.");
    private readonly Option<bool> _keep = new("--keep") { Description = "Keep the Job and its pods afterwards; by default they are deleted." };
    private readonly Option<string> _fieldManager = new("--field-manager") { Description = "The field manager for server-side apply.", DefaultValueFactory = _ => "jobsharp" };
    private readonly Option<bool> _force = new("--force-conflicts") { Description = "Take over fields owned by other field managers." };
    private readonly Option<string?> _failAfterStuck = DurationOption.FailAfterStuck();

    public RunCommand(ManifestInput input)
        : base("run", "Run each Job once: apply, stream its logs, wait for the outcome, then delete it.", input, validateFirst: true)
    {
        foreach (var option in new Option[] { _timeout, _keep, _fieldManager, _force, _failAfterStuck })
        {
            Options.Add(option);
        }

    }

    protected override async Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken)
    {
        var parseResult = invocation.ParseResult;
        foreach (var cronJob in invocation.Entries.Where(e => e.Kind == "CronJob"))
        {
            invocation.Error.Write($"{cronJob.Origin}: cronjob/{cronJob.Name} is not run: run works on Jobs (trigger runs a CronJob's Job now)\n");
        }

        var jobs = invocation.Jobs.ToList();
        if (jobs.Count == 0)
        {
            invocation.Error.Write("run: no Job to run\n");
            return ExitCodes.UsageOrIoError;
        }

        var progress = new ProgressLine(invocation.Error);
        var options = new RunOptions
        {
            Apply = new ApplyOptions { FieldManager = parseResult.GetValue(_fieldManager) ?? "jobsharp", ForceConflicts = parseResult.GetValue(_force) },
            Wait = new WaitOptions
            {
                Timeout = DurationOption.Value(parseResult, _timeout),
                Progress = progress.Report,
                Stuck = progress.Report,
                FailAfterStuck = DurationOption.Value(parseResult, _failAfterStuck),
            },
            Keep = parseResult.GetValue(_keep),
        };
        var logs = TextWriter.Synchronized(invocation.Output);
        return await ForEachAsync(invocation, jobs, async entry =>
        {
            var outcome = await invocation.Cluster.RunAsync((k8s.Models.V1Job)entry.Model, logs, options, cancellationToken).ConfigureAwait(false);
            progress.End();
            OutcomeReport.Write(invocation.Error, outcome);
            if (!options.Keep)
            {
                invocation.Error.Write($"job.batch/{entry.Name} deleted (background)\n");
            }

            return ExitCodes.For(outcome.Kind);
        }).ConfigureAwait(false);
    }
}
