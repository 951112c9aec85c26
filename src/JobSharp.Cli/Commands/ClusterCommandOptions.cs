using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// The kubectl-compatible connection flags every cluster verb takes (<c>--kubeconfig</c>, <c>--context</c>,
/// <c>-n/--namespace</c>, <c>--request-timeout</c>) and <c>--name</c>, which narrows the verb to some of the manifests.
/// </summary>
internal sealed class ClusterCommandOptions
{
    private readonly Option<string?> _kubeconfig = new("--kubeconfig")
    {
        Description = "The kubeconfig file; else the files in KUBECONFIG, else ~/.kube/config, else the in-cluster service account.",
    };

    private readonly Option<string?> _context = new("--context")
    {
        Description = "The kubeconfig context to use; the environment's (--env) or else the current context by default.",
    };

    private readonly Option<string?> _namespace = new("--namespace", "-n")
    {
        Description = "The namespace for objects that name none; the context's namespace, else default.",
    };

    private readonly Option<string?> _requestTimeout = new("--request-timeout")
    {
        Description = "Give up on a request the API server does not answer within this long (30s by default; 0: no limit); exit 2.",
    };

    private readonly Option<string[]> _names = new("--name")
    {
        Description = "Only the objects with this name (repeatable); all of them by default.",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        _kubeconfig.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string?>() ?? string.Empty;
            if (path.Length == 0)
            {
                result.AddError("--kubeconfig needs a file name, not an empty string");
            }
            else if (Directory.Exists(path))
            {
                result.AddError($"--kubeconfig {path}: is a folder, not a kubeconfig file");
            }
        });

        command.Options.Add(_kubeconfig);
        command.Options.Add(_context);
        command.Options.Add(_namespace);
        command.Options.Add(_names);
        command.Options.Add(_requestTimeout);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_requestTimeout) is { } t && !DurationParser.TryParse(t, out _))
            {
                result.AddError($"--request-timeout: \"{t}\" is not a duration (try 30s, 2m, or 0 for no limit).");
            }
        });
    }

    /// <summary>
    /// Opens the connection, with the context <c>--context</c> names, else <paramref name="environmentContext"/> (the
    /// selected environment's), else the current one; a problem is one diagnostic line and null.
    /// </summary>
    public ClusterConnection? Open(ParseResult parseResult, TextWriter error, string? environmentContext)
    {
        try
        {
            return ClusterConnection.Open(new ClusterConnectionOptions
            {
                Kubeconfig = parseResult.GetValue(_kubeconfig),
                Context = parseResult.GetValue(_context) ?? environmentContext,
                Namespace = parseResult.GetValue(_namespace),
                RequestTimeout = RequestTimeout(parseResult),
                Warnings = warning => error.Write("Warning: " + warning + "\n"),
            });
        }
        catch (ClusterException e)
        {
            error.Write(ClusterDiagnostic.Of(e) + "\n");
            return null;
        }
    }

    private TimeSpan RequestTimeout(ParseResult parseResult) =>
        parseResult.GetValue(_requestTimeout) is { } text && DurationParser.TryParse(text, out var limit)
            ? limit
            : ClusterConnectionOptions.DefaultRequestTimeout;

    /// <summary>The entries the verb works on: all, or those named by <c>--name</c>.</summary>
    public IReadOnlyList<ManifestEntry> Select(ParseResult parseResult, IReadOnlyList<ManifestEntry> entries)
    {
        var names = parseResult.GetValue(_names) ?? [];
        return names.Length == 0 ? entries : [.. entries.Where(e => names.Contains(e.Name, StringComparer.Ordinal))];
    }
}
