using JobSharp.Cli.Input;
using JobSharp.Rendering;

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
    // Full path to the file planned there. Only the hash of each rendering is kept, and a file is rendered again
    // when it must be written or shown, so memory does not grow with the objects' size (render -o of 100,000 Jobs).
    private readonly SortedDictionary<string, PlannedFile> _expected = new(StringComparer.Ordinal);
    private readonly bool _json;

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
        _json = json;
        foreach (var entry in entries)
        {
            _expected[directory.PathFor(entry.Kind, entry.Name, entry.Namespace)] = new PlannedFile(entry, ContentHash.Of(Render(entry)));
        }
    }

    private string Render(ManifestEntry entry) => _json ? ManifestRenderer.ToJson(entry.Model) : ManifestRenderer.ToYaml(entry.Model);

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
            foreach (var (path, planned) in _expected)
            {
                var state = File.Exists(path) ? (ContentHash.OfFile(path) == planned.Hash ? "unchanged" : "updated") : "created";
                if (state != "unchanged")
                {
                    AtomicFile.Write(path, Render(planned.Entry));
                }

                output.Write($"{state} {ManifestDirectory.Display(path)}\n");
            }

            // The index is read after the writes, which never touch a file no object renders to: those are what it names.
            var kept = Stale(GeneratedIndex.Read(_directory));
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
            foreach (var (path, planned) in _expected)
            {
                problems += Compare(path, planned.Hash, () => Render(planned.Entry), showDiff: !planned.Entry.IsSecret, diagnostics);
            }

            var kept = Stale(GeneratedIndex.Read(_directory));
            foreach (var path in kept.Keys.Select(_directory.Resolve))
            {
                diagnostics.Error(ManifestDirectory.Display(path), "JS2904", "stale: JobSharp generated this file, but no object renders to it any more");
                stale++;
            }

            if (problems + stale == 0)
            {
                problems += Compare(IndexPath, ContentHash.OfWritten(writer => WriteIndex(writer, kept)), () => IndexText(kept), showDiff: true, diagnostics);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ManifestDirectory.Display(_directory.Root), "JS2901", $"cannot read the manifests: {Describe(e)}");
            return null;
        }

        return new CheckCount(_expected.Count, problems, stale);
    }

    private static int Compare(string path, ContentHash expected, Func<string> render, bool showDiff, Diagnostics diagnostics)
    {
        var shown = ManifestDirectory.Display(path);
        if (!File.Exists(path))
        {
            diagnostics.Error(shown, "JS2902", "missing: the code renders this file, but it does not exist");
            return 1;
        }

        if (ContentHash.OfFile(path) == expected)
        {
            return 0;
        }

        if (!showDiff)
        {
            diagnostics.Error(shown, "JS2903", "changed: the file differs from what the code renders (a Secret: the diff is not shown, as it would print its values)");
            return 1;
        }

        diagnostics.Error(shown, "JS2903", "changed: the file differs from what the code renders");
        diagnostics.Writer.Write(UnifiedDiff.Create(ReadOrNull(path) ?? string.Empty, render(), $"{shown} (on disk)", $"{shown} (rendered)"));
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
    private SortedDictionary<string, ContentHash> Stale(IEnumerable<(string Relative, ContentHash Hash)> listed)
    {
        var stale = new SortedDictionary<string, ContentHash>(StringComparer.Ordinal);
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
    private int Prune(SortedDictionary<string, ContentHash> stale, TextWriter output, Diagnostics diagnostics)
    {
        var exit = ExitCodes.Success;
        foreach (var (relative, hash) in stale.ToList())
        {
            var path = _directory.Resolve(relative);
            var reason = _inputs.Contains(path) ? "it is one of the input files"
                : ContentHash.OfFile(path) != hash ? "it was changed after JobSharp wrote it"
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

    // The index lists the rendered files and the stale ones kept, in one sorted stream: both are sorted already
    // (full paths share the folder's prefix, so they sort as their relative paths do).
    private IEnumerable<(string Relative, ContentHash Hash)> IndexLines(SortedDictionary<string, ContentHash> kept)
    {
        using var stale = kept.GetEnumerator();
        var more = stale.MoveNext();
        foreach (var (path, planned) in _expected)
        {
            var relative = _directory.Relative(path);
            for (; more && string.CompareOrdinal(stale.Current.Key, relative) < 0; more = stale.MoveNext())
            {
                yield return (stale.Current.Key, stale.Current.Value);
            }

            yield return (relative, planned.Hash);
        }

        for (; more; more = stale.MoveNext())
        {
            yield return (stale.Current.Key, stale.Current.Value);
        }
    }

    private void WriteIndex(TextWriter writer, SortedDictionary<string, ContentHash> kept) => GeneratedIndex.Write(writer, IndexLines(kept));

    private string IndexText(SortedDictionary<string, ContentHash> kept)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteIndex(writer, kept);
        return writer.ToString();
    }

    // The index is streamed and compared by its hash: for 100,000 files it is megabytes of text.
    private void WriteIndex(SortedDictionary<string, ContentHash> kept)
    {
        var hash = ContentHash.OfWritten(writer => WriteIndex(writer, kept));
        if (!File.Exists(IndexPath) || ContentHash.OfFile(IndexPath) != hash)
        {
            AtomicFile.Write(IndexPath, writer => WriteIndex(writer, kept));
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

/// <summary>A file <c>render -o</c> plans to write: the object it renders, and the hash of that rendering.</summary>
/// <param name="Entry">The object.</param>
/// <param name="Hash">The SHA-256 of the rendering, as the index of generated files lists it.</param>
internal readonly record struct PlannedFile(ManifestEntry Entry, ContentHash Hash);

/// <summary>What <c>render --check</c> found in one folder.</summary>
/// <param name="Files">How many files the objects render to.</param>
/// <param name="Problems">Missing and changed files.</param>
/// <param name="Stale">Generated files no object renders to any more.</param>
internal readonly record struct CheckCount(int Files, int Problems, int Stale);
