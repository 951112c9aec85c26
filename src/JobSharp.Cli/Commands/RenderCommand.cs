using System.CommandLine;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Rendering;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>render</c>: canonical YAML or JSON to standard output, or one file per object with <c>-o DIR</c>;
/// <c>--check</c> compares instead of writing and fails on drift.
/// </summary>
internal sealed partial class RenderCommand : ManifestCommand
{
    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format: yaml or json.",
        DefaultValueFactory = _ => "yaml",
    };

    private readonly Option<DirectoryInfo?> _output = new("--output", "-o")
    {
        Description = "Write one file per object into this folder (DIR/<namespace>/<name>.<kind>.yaml, DIR/<environment>/<namespace>/<name>.<kind>.yaml with environments) instead of standard output.",
        CustomParser = OptionRules.Folder,
    };

    private readonly Option<bool> _check = new("--check")
    {
        Description = "With -o: write nothing; exit 1 listing every changed, missing and stale file, with a diff.",
    };

    private readonly Option<bool> _prune = new("--prune")
    {
        Description = $"With -o: also delete the files JobSharp generated earlier (listed in DIR/{GeneratedIndex.FileName}) that no object renders to any more.",
    };

    private readonly ManifestInput _input;

    public RenderCommand(ManifestInput input)
        : base("render", "Render the manifests as canonical YAML or JSON.", input)
    {
        _input = input;
        OptionRules.AcceptOnly(_format, "yaml", "json");
        Options.Add(_format);
        Options.Add(_output);
        Options.Add(_check);
        Options.Add(_prune);
        Validators.Add(result =>
        {
            // GetResult, not GetValue, for -o: its own parser reports a broken value, and reading it here would throw.
            if (result.GetResult(_output) is null && (result.GetValue(_check) || result.GetValue(_prune)))
            {
                result.AddError("--check and --prune need an output folder (-o DIR).");
            }
        });
    }

    protected override int Run(ParseResult parseResult, IReadOnlyList<ManifestEntry> entries, Diagnostics diagnostics)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var invalid = entries.Sum(diagnostics.Report);
        if (invalid > 0)
        {
            return ExitCodes.ManifestProblems;
        }

        var json = parseResult.GetValue(_format) == "json";
        var folder = parseResult.GetValue(_output);
        var environments = _input.Environments(parseResult);
        if (folder is null && environments.Count > 1)
        {
            return UsageErrors.OneEnvironment(diagnostics.Writer, Name, environments, "or render each into its own folder with -o DIR");
        }

        if (folder is null)
        {
            var models = entries.Select(e => e.Model);
            output.Write(json ? ManifestRenderer.ToJson(models) : ManifestRenderer.ToYaml(models));
            return ExitCodes.Success;
        }

        if (UnnamedObjects.Report(entries, diagnostics, "render -o writes one file per name") > 0 || UnfitNames(entries, diagnostics) > 0)
        {
            return ExitCodes.ManifestProblems;
        }

        var inputs = entries.Select(e => e.SourceFile).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var allEnvironments = environments.Count == _input.DefinedEnvironments.Count;
        var files = new RenderedTree(folder.FullName, json ? "json" : "yaml", entries, environments, allEnvironments, inputs);
        return parseResult.GetValue(_check)
            ? files.Check(diagnostics, prune => FixCommand(parseResult, prune))
            : files.Write(output, diagnostics, parseResult.GetValue(_prune));
    }

    // Jobs and CronJobs are validated, so their names are DNS names; other kinds are not, and a name such as
    // "../x" or "system:admin" must never become a path. Only names a file can carry everywhere are rendered to files.
    private static int UnfitNames(IReadOnlyList<ManifestEntry> entries, Diagnostics diagnostics)
    {
        var unfit = 0;
        foreach (var entry in entries)
        {
            var name = !FileName().IsMatch(entry.Name) ? entry.Name
                : entry.Namespace is { Length: > 0 } ns && !FileName().IsMatch(ns) ? ns
                : null;
            if (name is not null)
            {
                unfit++;
                diagnostics.Error(entry.Definition is null ? entry.Place : entry.Origin, "JS2910",
                    $"{entry.Reference}: render -o names files after objects, and \"{JobSharp.Internal.EchoText.Of(name)}\" cannot be a file name "
                    + "(lower-case letters, digits, '-' and '.'); render it to standard output instead");
            }
        }

        return unfit;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]([-.a-z0-9]{0,251}[a-z0-9])?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FileName();

    // The command that brings the folder up to date: this one without --check, with --prune when files are stale.
    private string FixCommand(ParseResult parseResult, bool prune)
    {
        var words = parseResult.Tokens.Select(t => t.Value).Where(word => word != "--check").ToList();
        if (prune && !words.Contains("--prune"))
        {
            words.Add("--prune");
        }

        return string.Join(' ', words.Select(ShellWord).Prepend(_input.CommandPrefix));
    }

    private static string ShellWord(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "_./:=@%+,-".Contains(c, StringComparison.Ordinal))
            ? word
            : $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
