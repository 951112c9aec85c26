using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// The shared shape of the verbs that talk to a cluster: load the manifests, pick the ones named with
/// <c>--name</c>, optionally validate them (an invalid Job never reaches the server), connect like kubectl, then
/// run the verb. A failure on one object is reported and the others still run. Only Jobs and CronJobs are acted on;
/// other objects in the files are passed over, and one line on standard error says how many.
/// </summary>
internal abstract class ClusterCommand : Command
{
    private readonly ManifestInput _input;
    private readonly ClusterCommandOptions _cluster = new();
    private readonly bool _validateFirst;

    protected ClusterCommand(string name, string description, ManifestInput input, bool validateFirst)
        : base(name, description)
    {
        _input = input;
        _validateFirst = validateFirst;
        _cluster.AddTo(this);
        input.Configure(this);
        SetAction(RunAsync);
    }

    /// <summary>Runs the verb on the selected objects over an open connection; returns the exit code.</summary>
    protected abstract Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> for each object; a cluster error is reported against that object and counts
    /// as exit code 2, without stopping the others. The result is the worst exit code (<see cref="ExitCodes.Worst"/>).
    /// </summary>
    protected static async Task<int> ForEachAsync(
        ClusterInvocation invocation, IEnumerable<ManifestEntry> entries, Func<ManifestEntry, Task<int>> action)
    {
        var exit = ExitCodes.Success;
        foreach (var entry in entries)
        {
            try
            {
                exit = ExitCodes.Worst(exit, await action(entry).ConfigureAwait(false));
            }
            catch (ClusterException e)
            {
                ClusterDiagnostic.Report(invocation.Error, entry, e);
                exit = ExitCodes.Worst(exit, ExitCodes.UsageOrIoError);
            }
        }

        return exit;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        var diagnostics = new Diagnostics(error);
        if (_input.Environments(parseResult) is { Count: > 1 } environments)
        {
            // Every environment at once would send prod's manifests to whatever context is current.
            return UsageErrors.OneEnvironment(error, Name, environments, string.Empty);
        }

        var loaded = _input.Load(parseResult, diagnostics);
        if (loaded is null)
        {
            return diagnostics.LoadFailureExitCode;
        }

        // Only Jobs and CronJobs reach the cluster: other kinds in the same files are the user's to apply.
        var entries = _cluster.Select(parseResult, OtherObjects.JobsOnly(loaded, error, Name));
        if (_validateFirst && entries.Sum(diagnostics.Report) > 0)
        {
            return ExitCodes.ManifestProblems;
        }

        if (UnnamedObjects.Report(entries, diagnostics, "the cluster verbs find an object by its name, and server-side apply needs one") > 0)
        {
            return ExitCodes.ManifestProblems;
        }

        using var connection = _cluster.Open(parseResult, error, _input.KubeContext(parseResult));
        if (connection is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var invocation = new ClusterInvocation(parseResult, entries, connection, new JobCluster(connection));
        return await RunAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>What a cluster verb works with once the manifests are loaded and the connection is open.</summary>
/// <param name="ParseResult">The parsed command line, for the verb's own options.</param>
/// <param name="Entries">The selected objects.</param>
/// <param name="Connection">The open connection.</param>
/// <param name="Cluster">The cluster operations over that connection.</param>
internal sealed record ClusterInvocation(
    ParseResult ParseResult, IReadOnlyList<ManifestEntry> Entries, ClusterConnection Connection, JobCluster Cluster)
{
    public TextWriter Output => ParseResult.InvocationConfiguration.Output;

    public TextWriter Error => ParseResult.InvocationConfiguration.Error;

    public IEnumerable<ManifestEntry> Jobs => Entries.Where(e => e.Kind == "Job");
}
