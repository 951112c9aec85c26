using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>delete</c>: deletes the Jobs and CronJobs, always with a propagation policy (<c>--cascade</c>, background by
/// default), so that no pods are left orphaned by accident.
/// </summary>
internal sealed class DeleteCommand : ClusterCommand
{
    private readonly Option<string> _cascade = new("--cascade")
    {
        Description = "What happens to the pods: background (deleted after the Job), foreground (deleted before it) or orphan (left running).",
        DefaultValueFactory = _ => "background",
    };

    public DeleteCommand(ManifestInput input)
        : base("delete", "Delete the Jobs and CronJobs from the cluster, with their pods.", input, validateFirst: false)
    {
        OptionRules.AcceptOnly(_cascade, "background", "foreground", "orphan");
        Options.Add(_cascade);
    }

    protected override Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken)
    {
        var propagation = invocation.ParseResult.GetValue(_cascade) switch
        {
            "foreground" => DeletePropagation.Foreground,
            "orphan" => DeletePropagation.Orphan,
            _ => DeletePropagation.Background,
        };
        return ForEachAsync(invocation, invocation.Entries, async entry =>
        {
            var resource = entry.Kind == "CronJob" ? "cronjob.batch" : "job.batch";
            if (await invocation.Cluster.DeleteAsync(entry.Kind, entry.Name, propagation, entry.Namespace, cancellationToken).ConfigureAwait(false))
            {
                invocation.Output.Write($"{resource}/{entry.Name} deleted ({propagation.ToString().ToLowerInvariant()})\n");
                return ExitCodes.Success;
            }

            invocation.Error.Write($"{entry.Origin}: error {ClusterErrorCodes.NotFound}: {resource}/{entry.Name} not found\n");
            return ExitCodes.UsageOrIoError;
        });
    }
}
