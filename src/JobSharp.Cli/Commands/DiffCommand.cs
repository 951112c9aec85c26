using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>diff</c>: what an apply would change, from a server-side dry run, as a unified diff of the canonical YAML with
/// immutable fields marked. Exit 0 when nothing would change, 1 when something would.
/// </summary>
internal sealed class DiffCommand : Command
{
    private readonly ManifestInput _input;
    private readonly ClusterCommandOptions _cluster = new();
    private readonly Option<string> _fieldManager = new("--field-manager") { Description = "The field manager the apply would use.", DefaultValueFactory = _ => "jobsharp" };

    public DiffCommand(ManifestInput input)
        : base("diff", "Show what an apply would change on the cluster (server-side dry run).")
    {
        _input = input;
        Options.Add(_fieldManager);
        _cluster.AddTo(this);
        input.Configure(this);
        SetAction((parseResult, ct) => RunAsync(parseResult, ct));
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var diagnostics = new Diagnostics(error);
        var loaded = _input.Load(parseResult, diagnostics);
        if (loaded is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var entries = _cluster.Select(parseResult, loaded);
        if (entries.Sum(diagnostics.Report) > 0)
        {
            return ExitCodes.ManifestProblems;
        }

        using var connection = _cluster.Open(parseResult, error);
        if (connection is null)
        {
            return ExitCodes.UsageOrIoError;
        }

        var cluster = new JobCluster(connection);
        var changed = false;
        var failed = false;
        foreach (var entry in entries)
        {
            try
            {
                var diff = await cluster.DiffAsync(entry.Model, parseResult.GetValue(_fieldManager) ?? "jobsharp", ct).ConfigureAwait(false);
                output.Write(diff.Text);
                changed |= diff.HasChanges;
                if (diff.ImmutableChanges.Count > 0)
                {
                    error.Write($"{entry.Origin}: immutable fields changed ({string.Join(", ", diff.ImmutableChanges)}): apply needs --recreate or a new name\n");
                }
            }
            catch (ClusterException e)
            {
                ClusterCommandOptions.Report(error, entry, e);
                failed = true;
            }
        }

        return failed ? ExitCodes.UsageOrIoError : changed ? ExitCodes.ManifestProblems : ExitCodes.Success;
    }
}
