using System.CommandLine;
using JobSharp.Cli.Input;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>diff</c>: what an apply would change, from a server-side dry run, as a unified diff of the canonical YAML with
/// immutable fields marked, and the fields other field managers own that the apply would fail on (unless
/// <c>--force-conflicts</c>, as for apply). Exit 0 when nothing would change, 1 when something would.
/// </summary>
internal sealed class DiffCommand : ClusterCommand
{
    private readonly Option<string> _fieldManager = new("--field-manager") { Description = "The field manager the apply would use.", DefaultValueFactory = _ => "jobsharp" };

    private readonly Option<bool> _force = new("--force-conflicts") { Description = "Diff as an apply that takes over fields owned by other field managers." };

    public DiffCommand(ManifestInput input)
        : base("diff", "Show what an apply would change on the cluster (server-side dry run).", input, validateFirst: true)
    {
        Options.Add(_fieldManager);
        Options.Add(_force);
    }

    protected override async Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken)
    {
        var fieldManager = invocation.ParseResult.GetValue(_fieldManager) ?? "jobsharp";
        var force = invocation.ParseResult.GetValue(_force);
        var changed = false;
        var exit = await ForEachAsync(invocation, invocation.Entries, async entry =>
        {
            var diff = await invocation.Cluster.DiffAsync(entry.Model, fieldManager, force, cancellationToken).ConfigureAwait(false);
            invocation.Output.Write(diff.Text);
            changed |= diff.HasChanges;
            if (diff.ImmutableChanges.Count > 0)
            {
                invocation.Error.Write($"{entry.Origin}: immutable fields changed ({string.Join(", ", diff.ImmutableChanges)}): apply needs --recreate or a new name\n");
            }

            if (diff.Conflicts.Count > 0)
            {
                invocation.Error.Write($"{entry.Origin}: apply would fail: fields owned by other field managers would change: {string.Join("; ", diff.Conflicts)}; apply with --force-conflicts to take them over\n");
            }

            return ExitCodes.Success;
        }).ConfigureAwait(false);
        return exit == ExitCodes.Success && changed ? ExitCodes.ManifestProblems : exit;
    }
}
