using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary><c>status</c>: a kubectl-like table of the Jobs and their pods.</summary>
internal sealed class StatusCommand : ClusterCommand
{

    public StatusCommand(ManifestInput input)
        : base("status", "Show the Jobs on the cluster and their pods.", input, validateFirst: false)
    {
    }

    protected override async Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken)
    {
        var rows = new List<JobStatusRow>();
        var exit = await ForEachAsync(invocation, invocation.Jobs, async entry =>
        {
            rows.AddRange(await invocation.Cluster.GetStatusAsync([entry.Name], entry.Namespace, cancellationToken).ConfigureAwait(false));
            return ExitCodes.Success;
        }).ConfigureAwait(false);
        if (rows.Count > 0)
        {
            StatusTable.Write(invocation.Output, rows, invocation.Connection.Time.GetUtcNow());
        }

        return exit;
    }
}
