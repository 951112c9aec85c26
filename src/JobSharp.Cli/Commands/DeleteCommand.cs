using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>delete</c>: deletes the Jobs and CronJobs, always with a propagation policy (<c>--cascade</c>, background by
/// default), so that no pods are left orphaned by accident; and, as kubectl does, waits until each object is gone
/// (<c>--wait=false</c> to return at once, <c>--timeout</c> to bound the wait), so that an apply right after a
/// foreground delete creates a new Job instead of patching the terminating one.
/// </summary>
internal sealed class DeleteCommand : ClusterCommand
{
    private readonly Option<string> _cascade = new("--cascade")
    {
        Description = "What happens to the pods: background (deleted after the Job), foreground (deleted before it) or orphan (left running).",
        DefaultValueFactory = _ => "background",
    };

    private readonly Option<bool> _wait = new("--wait")
    {
        Description = "Wait until each object is gone (the default); --wait=false returns once the server accepted the delete.",
        DefaultValueFactory = _ => true,
    };

    private readonly Option<string?> _timeout = DurationOption.Create("--timeout", "Give up waiting after this long (30s, 5m); exit 3. No limit by default.");

    public DeleteCommand(ManifestInput input)
        : base("delete", "Delete the Jobs and CronJobs from the cluster, with their pods, and wait until they are gone.", input, validateFirst: false)
    {
        OptionRules.AcceptOnly(_cascade, "background", "foreground", "orphan");
        Options.Add(_cascade);
        Options.Add(_wait);
        Options.Add(_timeout);
    }

    protected override Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken)
    {
        var propagation = invocation.ParseResult.GetValue(_cascade) switch
        {
            "foreground" => DeletePropagation.Foreground,
            "orphan" => DeletePropagation.Orphan,
            _ => DeletePropagation.Background,
        };
        var options = new DeleteOptions
        {
            Propagation = propagation,
            Wait = invocation.ParseResult.GetValue(_wait),
            Timeout = DurationOption.Value(invocation.ParseResult, _timeout),
        };
        return ForEachAsync(invocation, invocation.Entries, async entry =>
        {
            var resource = entry.Kind == "CronJob" ? "cronjob.batch" : "job.batch";
            bool deleted;
            try
            {
                deleted = await invocation.Cluster.DeleteAsync(entry.Kind, entry.Name, options, entry.Namespace, cancellationToken).ConfigureAwait(false);
            }
            catch (ClusterException e) when (e.Code == ClusterErrorCodes.DeletionTimedOut)
            {
                ClusterDiagnostic.Report(invocation.Error, entry, e);
                return ExitCodes.TimedOut;
            }

            if (deleted)
            {
                invocation.Output.Write($"{resource}/{entry.Name} deleted ({propagation.ToString().ToLowerInvariant()})\n");
                return ExitCodes.Success;
            }

            invocation.Error.Write($"{entry.Origin}: error {ClusterErrorCodes.NotFound}: {resource}/{entry.Name} not found\n");
            return ExitCodes.UsageOrIoError;
        });
    }
}
