using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>logs</c>: the logs of each Job's current pods (with <c>--all-pods</c>, every pod, failed retries included), in
/// time order, prefixed by pod name and completion index.
/// </summary>
internal sealed class LogsCommand : ClusterCommand
{
    private readonly Option<bool> _follow = new("--follow", "-f") { Description = "Stream until the Job finishes, including pods started later." };
    private readonly Option<bool> _allPods = new("--all-pods") { Description = "Every pod, the failed ones that were retried included; by default only the current pods." };
    private readonly Option<bool> _previous = new("--previous", "-p") { Description = "The previous run of each container (after a restart)." };
    private readonly Option<int?> _tail = new("--tail") { Description = "Only the last N lines of each container.", CustomParser = OptionRules.Count };

    public LogsCommand(ManifestInput input)
        : base("logs", "Print the logs of every pod of the Jobs.", input, validateFirst: false)
    {
        Options.Add(_follow);
        Options.Add(_allPods);
        Options.Add(_previous);
        Options.Add(_tail);
    }

    protected override Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken)
    {
        var parseResult = invocation.ParseResult;
        var options = new LogOptions
        {
            Follow = parseResult.GetValue(_follow),
            AllPods = parseResult.GetValue(_allPods),
            Previous = parseResult.GetValue(_previous),
            TailLines = parseResult.GetValue(_tail),
        };
        return ForEachAsync(invocation, invocation.Jobs, async entry =>
        {
            await invocation.Cluster.WriteLogsAsync(entry.Name, invocation.Output, options, entry.Namespace, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
    }
}
