using JobSharp.Cli.Input;
using JobSharp.Rendering;
using k8s.Models;

namespace JobSharp.Cli.Output;

/// <summary>
/// The files <c>render -o</c> produces: written atomically, or compared with what is on disk. Every write, read and
/// delete stays inside the output folder, and <c>--prune</c> deletes only files the index of generated files lists
/// with the bytes JobSharp wrote (<see cref="GeneratedIndex"/>).
/// </summary>
internal sealed class RenderedFiles
{
    private readonly ManifestDirectory _directory;
    private readonly IReadOnlySet<string> _inputs;
    private readonly IReadOnlySet<string> _renderedElsewhere;
    private readonly SortedDictionary<string, string> _expected = new(StringComparer.Ordinal);

    // The files of Secrets: --check names them when they differ but prints no diff, which would show their values.
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    /// <param name="directory">The output folder.</param>
    /// <param name="entries">The objects, one file each (they have names and no two are the same object).</param>
    /// <param name="json">Render JSON instead of YAML.</param>
    /// <param name="inputs">The full paths of the files the manifests were read from: never pruned.</param>
    /// <param name="renderedElsewhere">Full paths another folder of the same run renders (an environment's, under this one): never stale here.</param>
    public RenderedFiles(ManifestDirectory directory, IEnumerable<ManifestEntry> entries, bool json, IReadOnlySet<string> inputs, IReadOnlySet<string>? renderedElsewhere = null)
    {
        _directory = directory;
        _inputs = inputs;
        _renderedElsewhere = renderedElsewhere ?? new HashSet<string>();
        foreach (var entry in entries)
        {
            var path = directory.PathFor(entry.Kind, entry.Name, entry.Namespace);
            _expected[path] = json ? ManifestRenderer.ToJson(entry.Model) : ManifestRenderer.ToYaml(entry.Model);
            if (entry.Model is V1Secret)
            {
                _secrets.Add(path);
            }
        }
    }

    /// <summary>The full paths of the files the objects render to.</summary>
    public IEnumerable<string> Paths => _expected.Keys;

    /// <summary>How many files the objects render to.</summary>
    public int Count => _expected.Count;

    private string IndexPath => _directory.Resolve(GeneratedIndex.FileName);

    /// <summary>Checked before anything is written: a link or a file in the way of any one path stops the whole run.</summary>
    public bool Refuse(Diagnostics diagnostics)
    {
        var obstacles = _expected.Keys.Append(IndexPath).Select(_directory.Obstacle).OfType<string>().Distinct().ToList();
        foreach (var obstacle in obstacles)
        {
            diagnostics.Error(ManifestDirectory.Display(_directory.Root), "JS2907", $"refused: {obstacle}; nothing was written");
        }

        return obstacles.Count > 0;
    }

    /// <summary>Writes the files that differ, updates the index, and with <paramref name="prune"/> deletes stale files; returns the exit code.</summary>
    public int Write(TextWriter output, Diagnostics diagnostics, bool prune)
    {
        try
        {
            RemoveLeftovers(diagnostics);
            var listed = GeneratedIndex.Read(_directory);
            foreach (var (path, content) in _expected)
            {
                var state = File.Exists(path) ? (ReadOrNull(path) == content ? "unchanged" : "updated") : "created";
                if (state != "unchanged")
                {
                    AtomicFile.Write(path, content);
                }

                output.Write($"{state} {ManifestDirectory.Display(path)}\n");
            }

            var kept = Stale(listed);
            var exit = ExitCodes.Success;
            if (prune)
            {
                exit = Prune(kept, output, diagnostics);
            }

            WriteIndex(kept);
            return exit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ManifestDirectory.Display(_directory.Root), "JS2901", $"cannot write the manifests: {Describe(e)}");
            return ExitCodes.UsageOrIoError;
        }
    }

    /// <summary>Compares the files with what is on disk, reporting each difference; null when the folder cannot be read.</summary>
    public CheckCount? Check(Diagnostics diagnostics)
    {
        var problems = 0;
        var stale = 0;
        try
        {
            foreach (var (path, content) in _expected)
            {
                problems += Compare(path, ReadOrNull(path), content, diagnostics, showDiff: !_secrets.Contains(path));
            }

            var kept = Stale(GeneratedIndex.Read(_directory));
            foreach (var path in kept.Keys.Select(_directory.Resolve))
            {
                diagnostics.Error(ManifestDirectory.Display(path), "JS2904", "stale: JobSharp generated this file, but no object renders to it any more");
                stale++;
            }

            if (problems + stale == 0)
            {
                problems += Compare(IndexPath, ReadOrNull(IndexPath), IndexText(kept), diagnostics, showDiff: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ManifestDirectory.Display(_directory.Root), "JS2901", $"cannot read the manifests: {Describe(e)}");
            return null;
        }

        return new CheckCount(_expected.Count, problems, stale);
    }

    private static int Compare(string path, string? actual, string content, Diagnostics diagnostics, bool showDiff)
    {
        var shown = ManifestDirectory.Display(path);
        if (actual is null)
        {
            diagnostics.Error(shown, "JS2902", "missing: the code renders this file, but it does not exist");
            return 1;
        }

        if (actual == content)
        {
            return 0;
        }

        if (!showDiff)
        {
            diagnostics.Error(shown, "JS2903", "changed: the file differs from what the code renders (a Secret: the diff is not shown, as it would print its values)");
            return 1;
        }

        diagnostics.Error(shown, "JS2903", "changed: the file differs from what the code renders");
        diagnostics.Writer.Write(UnifiedDiff.Create(actual, content, $"{shown} (on disk)", $"{shown} (rendered)"));
        return 1;
    }

    private void RemoveLeftovers(Diagnostics diagnostics)
    {
        var folders = _expected.Keys.Select(p => Path.GetDirectoryName(p)!).Append(_directory.Root).Distinct(StringComparer.Ordinal);
        var removed = folders.Where(f => _directory.Obstacle(f) is null).Sum(AtomicFile.RemoveLeftovers);
        if (removed > 0)
        {
            diagnostics.Writer.Write($"removed {removed} temporary {(removed == 1 ? "file" : "files")} left by an interrupted run\n");
        }
    }

    // The generated files that no object renders to any more and that still exist, relative path to recorded hash.
    private SortedDictionary<string, string> Stale(SortedDictionary<string, string> listed)
    {
        var stale = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (relative, hash) in listed)
        {
            var path = _directory.Resolve(relative);
            if (!_expected.ContainsKey(path) && !_renderedElsewhere.Contains(path) && _directory.Obstacle(path) is null && File.Exists(path))
            {
                stale[relative] = hash;
            }
        }

        return stale;
    }

    // Deletes the stale files that still hold what JobSharp wrote; the others stay listed and are reported.
    private int Prune(SortedDictionary<string, string> stale, TextWriter output, Diagnostics diagnostics)
    {
        var exit = ExitCodes.Success;
        foreach (var (relative, hash) in stale.ToList())
        {
            var path = _directory.Resolve(relative);
            var reason = _inputs.Contains(path) ? "it is one of the input files"
                : GeneratedIndex.HashFile(path) != hash ? "it was changed after JobSharp wrote it"
                : null;
            if (reason is not null)
            {
                diagnostics.Error(ManifestDirectory.Display(path), "JS2908", $"stale, but not deleted: {reason}; delete it yourself if it is no longer needed");
                exit = ExitCodes.ManifestProblems;
                continue;
            }

            File.Delete(path);
            stale.Remove(relative);
            output.Write($"deleted {ManifestDirectory.Display(path)}\n");
        }

        return exit;
    }

    private string IndexText(SortedDictionary<string, string> kept) =>
        GeneratedIndex.Format(_expected
            .Select(e => KeyValuePair.Create(_directory.Relative(e.Key), GeneratedIndex.Hash(e.Value)))
            .Concat(kept));

    private void WriteIndex(SortedDictionary<string, string> kept)
    {
        var text = IndexText(kept);
        if (ReadOrNull(IndexPath) != text)
        {
            AtomicFile.Write(IndexPath, text);
        }
    }

    // Null when the file does not exist; a file that is not valid UTF-8 cannot equal rendered output.
    private static string? ReadOrNull(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(path, AtomicFile.Utf8NoBom);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return "\uFFFD";
        }
    }

    // .NET's own texts name APIs and parameters; these say what is wrong with the folder.
    private static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "a folder on the way does not exist or is a file",
        PathTooLongException => "a path is too long",
        _ => e.Message,
    };
}

/// <summary>What <c>render --check</c> found in one folder.</summary>
/// <param name="Files">How many files the objects render to.</param>
/// <param name="Problems">Missing and changed files.</param>
/// <param name="Stale">Generated files no object renders to any more.</param>
internal readonly record struct CheckCount(int Files, int Problems, int Stale);
