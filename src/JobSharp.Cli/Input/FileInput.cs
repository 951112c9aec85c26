using System.CommandLine;
using JobSharp.Cli.Output;
using JobSharp.Loading;

namespace JobSharp.Cli.Input;

/// <summary>
/// The manifests in YAML files named on the command line (<c>-</c> reads standard input), loaded strictly. Every
/// load error of every file is reported before the verb gives up: unreadable files exit 2, broken YAML exits 1.
/// Standard input is read as bytes through the same strict UTF-8 path as a file, whatever the locale.
/// </summary>
internal sealed class FileInput(Func<Stream> standardInput) : ManifestInput
{
    private const string StandardInputName = "<stdin>";

    private readonly Argument<string[]> _files = new("files")
    {
        Description = "YAML files with Jobs and CronJobs (batch/v1) and the objects around them; - reads standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public override void Configure(Command command)
    {
        _files.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value.Length == 0))
            {
                result.AddError("<files>: an empty string is not a file name");
            }
        });
        command.Arguments.Add(_files);
    }

    protected override IReadOnlyList<ManifestEntry>? LoadEntries(ParseResult parseResult, Diagnostics diagnostics)
    {
        var entries = new List<ManifestEntry>();
        var unreadable = false;
        var broken = false;
        foreach (var file in parseResult.GetValue(_files) ?? [])
        {
            var result = Read(file, diagnostics);
            if (result is null)
            {
                unreadable = true;
                continue;
            }

            foreach (var error in result.Errors)
            {
                var message = error.Path.Length == 0 ? error.Message : $"{error.Path}: {error.Message}";
                diagnostics.Error($"{error.SourceName}:{error.Line}:{error.Column}", error.Code, message);
                broken = true;
            }

            var source = file == "-" ? null : Path.GetFullPath(file);
            entries.AddRange(result.Documents.Select(manifest => ToEntry(manifest, source)));
        }

        if (unreadable || broken)
        {
            diagnostics.LoadFailureExitCode = unreadable ? ExitCodes.UsageOrIoError : ExitCodes.ManifestProblems;
            return null;
        }

        return entries;
    }

    private LoadResult? Read(string file, Diagnostics diagnostics)
    {
        try
        {
            if (file == "-")
            {
                return ManifestLoader.Load(standardInput(), StandardInputName);
            }

            return Directory.Exists(file) ? Unreadable(file, "it is a directory", diagnostics) : ManifestLoader.LoadFile(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            return Unreadable(file, reason, diagnostics);
        }
    }

    private static LoadResult? Unreadable(string file, string reason, Diagnostics diagnostics)
    {
        diagnostics.Error(file == "-" ? StandardInputName : file, "JS2900", $"cannot read the file: {reason}");
        return null;
    }

    private static ManifestEntry ToEntry(LoadedManifest manifest, string? sourceFile) => new(
        manifest.SourceName,
        manifest.Model,
        Check(manifest.Model),
        path => manifest.Locate(path) switch { var at => new SourcePosition(at.Line, at.Column) },
        sourceFile);
}
