using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>apply</c>: validates, then server-side applies every manifest; with <c>--wait</c> follows the Jobs to Complete
/// or Failed (exit 0, 1, or 3 on timeout), printing the failed pods' last log lines. <c>--timeout</c> bounds the whole
/// run, the apply's requests included: each gets what is left of it.
/// </summary>
internal sealed class ApplyCommand : ClusterCommand
{
    private readonly Option<bool> _wait = new("--wait") { Description = "Wait until every Job is Complete or Failed." };
    private readonly Option<string?> _timeout = DurationOption.Create("--timeout", "Give up after this long in all, the apply included (90s, 5m, 1h30m); exit 3.");
    private readonly Option<bool> _logs = new("--logs") { Description = "With --wait: print the logs of every pod of each Job when it ends." };
    private readonly Option<bool> _recreate = new("--recreate") { Description = "When an immutable field changed: delete the Job and its pods, wait until gone, apply again." };
    private readonly Option<string?> _dryRun = new("--dry-run") { Description = "server: ask the API server what would happen, change nothing." };
    private readonly Option<string> _fieldManager = new("--field-manager") { Description = "The field manager for server-side apply.", DefaultValueFactory = _ => "jobsharp" };
    private readonly Option<bool> _force = new("--force-conflicts") { Description = "Take over fields owned by other field managers." };
    private readonly Option<string?> _failAfterStuck = DurationOption.FailAfterStuck();

    public ApplyCommand(ManifestInput input)
        : base("apply", "Apply the manifests to the cluster (server-side apply) and optionally wait for the Jobs.", input, validateFirst: true)
    {
        OptionRules.AcceptOnly(_dryRun, "none", "server");
        foreach (var option in new Option[] { _wait, _timeout, _logs, _recreate, _dryRun, _fieldManager, _force, _failAfterStuck })
        {
            Options.Add(option);
        }

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
        TimeSpan? timeout = DurationOption.Value(parseResult, _timeout);
        using var deadline = new Deadline(timeout, invocation.Connection.Time, cancellationToken);
        var applied = new List<ApplyResult>();
        var notApplied = false;
        var exit = await ForEachAsync(invocation, invocation.Entries, async entry =>
        {
            try
            {
                var result = await cluster.ApplyAsync(entry.Model, options, deadline.Token).ConfigureAwait(false);
                invocation.Output.Write(result + "\n");
                applied.Add(result);
            }
            catch (OperationCanceledException) when (deadline.IsPassed)
            {
                invocation.Error.Write($"{entry.Kind.ToLowerInvariant()}/{entry.Name} timed out: not applied after {deadline.Seconds} s\n");
                notApplied = true;
            }

            return ExitCodes.Success;
        }).ConfigureAwait(false);

        exit = ExitCodes.Worst(exit, notApplied ? ExitCodes.TimedOut : ExitCodes.Success);
        if (!parseResult.GetValue(_wait) || options.DryRun)
        {
            return exit;
        }

        var jobs = applied.Where(a => a.Kind == "Job").Select(a => (a.Name, a.Namespace));
        var wait = new WaitOptions { Timeout = deadline.Left, FailAfterStuck = DurationOption.Value(parseResult, _failAfterStuck) };
        // The wait had only what was left of --timeout; the message names the whole of it.
        var outcomes = await JobWaits.FollowAsync(
            invocation, jobs, wait, parseResult.GetValue(_logs), $"not finished after {deadline.Seconds} s", cancellationToken).ConfigureAwait(false);
        return ExitCodes.Worst(outcomes, exit);
    }
}
