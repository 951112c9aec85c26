using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>logs</c>: the logs of each Job's current pods (with <c>--all-pods</c>, every pod, failed retries included), in
/// time order, prefixed by pod name and completion index.
/// </summary>
internal sealed class LogsCommand : Command
{
    private readonly ManifestInput _input;
    private readonly ClusterCommandOptions _cluster = new();
    private readonly Option<bool> _follow = new("--follow", "-f") { Description = "Stream until the Job finishes, including pods started later." };
    private readonly Option<bool> _allPods = new("--all-pods") { Description = "Every pod, the failed ones that were retried included; by default only the current pods." };
    private readonly Option<bool> _previous = new("--previous", "-p") { Description = "The previous run of each container (after a restart)." };
    private readonly Option<int?> _tail = new("--tail") { Description = "Only the last N lines of each container." };

    public LogsCommand(ManifestInput input)
        : base("logs", "Print the logs of every pod of the Jobs.")
    {
        _input = input;
        Options.Add(_follow);
        Options.Add(_allPods);
        Options.Add(_previous);
        Options.Add(_tail);
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
        var options = new LogOptions
        {
            Follow = parseResult.GetValue(_follow),
            AllPods = parseResult.GetValue(_allPods),
            Previous = parseResult.GetValue(_previous),
            TailLines = parseResult.GetValue(_tail),
        };
        var exit = ExitCodes.Success;
        foreach (var entry in _cluster.Select(parseResult, loaded).Where(e => e.Kind == "Job"))
        {
            try
            {
                await cluster.WriteLogsAsync(entry.Name, parseResult.InvocationConfiguration.Output, options, entry.Namespace, ct).ConfigureAwait(false);
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
