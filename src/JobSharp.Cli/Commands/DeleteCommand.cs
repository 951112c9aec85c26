using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>delete</c>: deletes the Jobs and CronJobs, always with a propagation policy (<c>--cascade</c>, background by
/// default), so that no pods are left orphaned by accident.
/// </summary>
internal sealed class DeleteCommand : Command
{
    private readonly ManifestInput _input;
    private readonly ClusterCommandOptions _cluster = new();
    private readonly Option<string> _cascade = new("--cascade")
    {
        Description = "What happens to the pods: background (deleted after the Job), foreground (deleted before it) or orphan (left running).",
        DefaultValueFactory = _ => "background",
    };

    public DeleteCommand(ManifestInput input)
        : base("delete", "Delete the Jobs and CronJobs from the cluster, with their pods.")
    {
        _input = input;
        _cascade.AcceptOnlyFromAmong("background", "foreground", "orphan");
        Options.Add(_cascade);
        _cluster.AddTo(this);
        input.Configure(this);
        SetAction((parseResult, ct) => RunAsync(parseResult, ct));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
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

        var propagation = parseResult.GetValue(_cascade) switch
        {
            "foreground" => DeletePropagation.Foreground,
            "orphan" => DeletePropagation.Orphan,
            _ => DeletePropagation.Background,
        };
        var cluster = new JobCluster(connection);
        var exit = ExitCodes.Success;
        foreach (var entry in _cluster.Select(parseResult, loaded))
        {
            var resource = entry.Kind == "CronJob" ? "cronjob.batch" : "job.batch";
            try
            {
                if (await cluster.DeleteAsync(entry.Kind, entry.Name, propagation, entry.Namespace, ct).ConfigureAwait(false))
                {
                    output.Write($"{resource}/{entry.Name} deleted ({propagation.ToString().ToLowerInvariant()})\n");
                }
                else
                {
                    error.Write($"{entry.Origin}: error {ClusterErrorCodes.NotFound}: {resource}/{entry.Name} not found\n");
                    exit = ExitCodes.UsageOrIoError;
                }
            }
            catch (ClusterException e)
            {
                ClusterCommandOptions.Report(error, entry, e);
                exit = ExitCodes.UsageOrIoError;
            }
        }

        return exit;
    }
}
