using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary><c>status</c>: a kubectl-like table of the Jobs and their pods.</summary>
internal sealed class StatusCommand : Command
{
    private readonly ManifestInput _input;
    private readonly ClusterCommandOptions _cluster = new();

    public StatusCommand(ManifestInput input)
        : base("status", "Show the Jobs on the cluster and their pods.")
    {
        _input = input;
        _cluster.AddTo(this);
        input.Configure(this);
        SetAction((parseResult, ct) => RunAsync(parseResult, ct));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken ct)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var loaded = _input.Load(parseResult, new Diagnostics(error));
        if (loaded is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        using var connection = _cluster.Open(parseResult, error);
        if (connection is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var cluster = new JobCluster(connection);
        var rows = new List<JobStatusRow>();
        var exit = ExitCodes.Success;
        foreach (var entry in _cluster.Select(parseResult, loaded).Where(e => e.Kind == "Job"))
        {
            try
            {
                rows.AddRange(await cluster.GetStatusAsync([entry.Name], entry.Namespace, ct).ConfigureAwait(false));
            }
            catch (ClusterException e)
            {
                ClusterCommandOptions.Report(error, entry, e);
                exit = ExitCodes.UsageOrIoError;
            }
        }

        if (rows.Count > 0)
        {
            StatusTable.Write(parseResult.InvocationConfiguration.Output, rows, connection.Time.GetUtcNow());
        }

        return exit;
    }
}
