using JobSharp.Cli.Input;
using JobSharp.Rendering;

namespace JobSharp.Cli.Output;

/// <summary>The files <c>render -o</c> produces: written atomically, or compared with what is on disk.</summary>
internal sealed class RenderedFiles
{
    private readonly ManifestDirectory _directory;
    private readonly SortedDictionary<string, string> _expected = new(StringComparer.Ordinal);

    public RenderedFiles(ManifestDirectory directory, IReadOnlyList<ManifestEntry> entries, bool json)
    {
        _directory = directory;
        foreach (var entry in entries)
        {
            var path = directory.PathFor(entry.Kind, entry.Name, entry.Namespace);
            _expected[path] = json ? ManifestRenderer.ToJson(entry.Model) : ManifestRenderer.ToYaml(entry.Model);
        }
    }

    public int Write(TextWriter output, Diagnostics diagnostics, bool prune)
    {
        try
        {
            foreach (var (path, content) in _expected)
            {
                var state = File.Exists(path) ? (ReadOrNull(path) == content ? "unchanged" : "updated") : "created";
                if (state != "unchanged")
                {
                    AtomicFile.Write(path, content);
                }

                output.Write($"{state} {ManifestDirectory.Display(path)}\n");
            }

            if (prune)
            {
                foreach (var stale in Stale())
                {
                    File.Delete(stale);
                    output.Write($"deleted {ManifestDirectory.Display(stale)}\n");
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ManifestDirectory.Display(_directory.Root), "JS2901", $"cannot write the manifests: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }

        return ExitCodes.Success;
    }

    public int Check(Diagnostics diagnostics)
    {
        var error = diagnostics.Writer;
        var problems = 0;
        try
        {
            foreach (var (path, content) in _expected)
            {
                var shown = ManifestDirectory.Display(path);
                var actual = File.Exists(path) ? ReadOrNull(path) : null;
                if (actual is null)
                {
                    diagnostics.Error(shown, "JS2902", "missing: the code renders this file, but it does not exist");
                    problems++;
                }
                else if (actual != content)
                {
                    diagnostics.Error(shown, "JS2903", "changed: the file differs from what the code renders");
                    error.Write(UnifiedDiff.Create(actual, content, $"{shown} (on disk)", $"{shown} (rendered)"));
                    problems++;
                }
            }

            foreach (var stale in Stale())
            {
                diagnostics.Error(ManifestDirectory.Display(stale), "JS2904", "stale: no object renders to this file any more");
                problems++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ManifestDirectory.Display(_directory.Root), "JS2901", $"cannot read the manifests: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }

        if (problems == 0)
        {
            error.Write($"{_expected.Count} files match the code.\n");
            return ExitCodes.Success;
        }

        error.Write($"{problems} of the files differ from the code; run render -o {ManifestDirectory.Display(_directory.Root)} to update them.\n");
        return ExitCodes.ManifestProblems;
    }

    private IEnumerable<string> Stale() =>
        _directory.ExistingManifests().Where(path => !_expected.ContainsKey(path));

    // A file that is not valid UTF-8 cannot equal rendered output; it is reported as changed.
    private static string? ReadOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path, AtomicFile.Utf8NoBom);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return "\uFFFD";
        }
    }
}
