using System.CommandLine;
using JobSharp.Cli.Input;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>diff</c>: what an apply would change, from a server-side dry run, as a unified diff of the canonical YAML with
/// immutable fields marked. Exit 0 when nothing would change, 1 when something would.
/// </summary>
internal sealed class DiffCommand : ClusterCommand
{
    private readonly Option<string> _fieldManager = new("--field-manager") { Description = "The field manager the apply would use.", DefaultValueFactory = _ => "jobsharp" };

    public DiffCommand(ManifestInput input)
        : base("diff", "Show what an apply would change on the cluster (server-side dry run).", input, validateFirst: true)
    {
        Options.Add(_fieldManager);
    }

    protected override async Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken)
    {
        var fieldManager = invocation.ParseResult.GetValue(_fieldManager) ?? "jobsharp";
        var changed = false;
        var exit = await ForEachAsync(invocation, invocation.Entries, async entry =>
        {
            var diff = await invocation.Cluster.DiffAsync(entry.Model, fieldManager, cancellationToken).ConfigureAwait(false);
            invocation.Output.Write(diff.Text);
            changed |= diff.HasChanges;
            if (diff.ImmutableChanges.Count > 0)
            {
                invocation.Error.Write($"{entry.Origin}: immutable fields changed ({string.Join(", ", diff.ImmutableChanges)}): apply needs --recreate or a new name\n");
            }

            return ExitCodes.Success;
        }).ConfigureAwait(false);
        return exit == ExitCodes.Success && changed ? ExitCodes.ManifestProblems : exit;
    }
}
