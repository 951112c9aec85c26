using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>apply</c>: validates, then server-side applies every manifest; with <c>--wait</c> follows the Jobs to Complete
/// or Failed (exit 0, 1, or 3 on timeout), printing the failed pods' last log lines.
/// </summary>
internal sealed class ApplyCommand : ClusterCommand
{
    private readonly Option<bool> _wait = new("--wait") { Description = "Wait until every Job is Complete or Failed." };
    private readonly Option<string?> _timeout = new("--timeout") { Description = "With --wait: give up after this long (90s, 5m, 1h30m); exit 3." };
    private readonly Option<bool> _logs = new("--logs") { Description = "With --wait: print the logs of every pod of each Job when it ends." };
    private readonly Option<bool> _recreate = new("--recreate") { Description = "When an immutable field changed: delete the Job and its pods, wait until gone, apply again." };
    private readonly Option<string?> _dryRun = new("--dry-run") { Description = "server: ask the API server what would happen, change nothing." };
    private readonly Option<string> _fieldManager = new("--field-manager") { Description = "The field manager for server-side apply.", DefaultValueFactory = _ => "jobsharp" };
    private readonly Option<bool> _force = new("--force-conflicts") { Description = "Take over fields owned by other field managers." };

    public ApplyCommand(ManifestInput input)
        : base("apply", "Apply the manifests to the cluster (server-side apply) and optionally wait for the Jobs.", input, validateFirst: true)
    {
        OptionRules.AcceptOnly(_dryRun, "none", "server");
        foreach (var option in new Option[] { _wait, _timeout, _logs, _recreate, _dryRun, _fieldManager, _force })
        {
            Options.Add(option);
        }

        _timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } t && !DurationParser.TryParse(t, out _))
            {
                result.AddError($"--timeout: \"{t}\" is not a duration (try 90s, 5m or 1h30m).");
            }
        });
    }

    protected override async Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken)
    {
        var parseResult = invocation.ParseResult;
        var cluster = invocation.Cluster;
        var options = new ApplyOptions
        {
            DryRun = parseResult.GetValue(_dryRun) == "server",
            Recreate = parseResult.GetValue(_recreate),
            FieldManager = parseResult.GetValue(_fieldManager) ?? "jobsharp",
            ForceConflicts = parseResult.GetValue(_force),
        };
        var applied = new List<ApplyResult>();
        var exit = await ForEachAsync(invocation, invocation.Entries, async entry =>
        {
            var result = await cluster.ApplyAsync(entry.Model, options, cancellationToken).ConfigureAwait(false);
            invocation.Output.Write(result + "\n");
            applied.Add(result);
            return ExitCodes.Success;
        }).ConfigureAwait(false);

        if (!parseResult.GetValue(_wait) || options.DryRun)
        {
            return exit;
        }

        var outcomes = await WaitAsync(parseResult, cluster, applied, cancellationToken).ConfigureAwait(false);
        var worst = ClusterExitCodes.For(outcomes);
        return exit == ExitCodes.UsageOrIoError || worst == ClusterExitCodes.Error ? ExitCodes.UsageOrIoError : Math.Max(exit, worst);
    }

    private async Task<IReadOnlyList<JobOutcome>> WaitAsync(ParseResult parseResult, JobCluster cluster, List<ApplyResult> applied, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var progress = new ProgressLine(error);
        TimeSpan? timeout = parseResult.GetValue(_timeout) is { } text && DurationParser.TryParse(text, out var t) ? t : null;
        var options = new WaitOptions { Timeout = timeout, Progress = progress.Report };
        var jobs = applied.Where(a => a.Kind == "Job").ToList();
        var waits = jobs.Select(job => cluster.WaitAllAsync([job.Name], options, job.Namespace, ct));
        var outcomes = (await Task.WhenAll(waits).ConfigureAwait(false)).SelectMany(o => o).ToList();
        progress.End();
        foreach (var outcome in outcomes)
        {
            if (outcome.Kind == JobOutcomeKind.Succeeded)
            {
                output.Write(outcome.Summary() + "\n");
            }
            else
            {
                outcome.WriteTo(error);
            }

            if (parseResult.GetValue(_logs) && outcome.Kind is JobOutcomeKind.Succeeded or JobOutcomeKind.Failed or JobOutcomeKind.TimedOut)
            {
                try
                {
                    await cluster.WriteLogsAsync(outcome.Name, output, null, outcome.Namespace, ct).ConfigureAwait(false);
                }
                catch (ClusterException e)
                {
                    error.Write($"job/{outcome.Name}: {e.ToDiagnostic()}\n");
                }
            }
        }

        return outcomes;
    }
}
