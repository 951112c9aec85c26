using JobSharp.Cli.Input;

namespace JobSharp.Cli.Output;

/// <summary>
/// Everything one <c>render -o DIR</c> writes or checks: the folder itself for a program without environments, or
/// one folder per environment, <c>DIR/&lt;environment&gt;</c>, each with its own index of generated files. When every
/// environment is rendered, the folders of environments the program no longer defines (and the files of the layout
/// without environments) are stale like any other generated file: <c>--check</c> lists them, <c>--prune</c> deletes them.
/// </summary>
internal sealed class RenderedTree
{
    private readonly ManifestDirectory _root;
    private readonly List<RenderedFiles> _folders = [];
    private readonly List<string> _obstacles = [];

    /// <param name="root">The folder named with -o.</param>
    /// <param name="extension">yaml or json.</param>
    /// <param name="entries">The objects to render.</param>
    /// <param name="environments">The selected environments; empty when the program has none.</param>
    /// <param name="allEnvironments">Every environment the program defines is selected, so any other environment folder is stale.</param>
    /// <param name="inputs">The full paths of the files the manifests were read from: never pruned.</param>
    public RenderedTree(string root, string extension, IReadOnlyList<ManifestEntry> entries, IReadOnlyList<string> environments, bool allEnvironments, IReadOnlySet<string> inputs)
    {
        _root = new ManifestDirectory(root, extension);
        var json = extension == "json";
        if (environments.Count == 0)
        {
            _folders.Add(new RenderedFiles(_root, entries, json, inputs));
            return;
        }

        foreach (var environment in environments)
        {
            var folder = Path.Combine(_root.Root, environment);
            AddObstacle(_root.Obstacle(folder));
            _folders.Add(new RenderedFiles(new ManifestDirectory(folder, extension), entries.Where(e => e.Environment == environment), json, inputs));
        }

        if (allEnvironments)
        {
            var rendered = _folders.SelectMany(f => f.Paths).ToHashSet(StringComparer.Ordinal);
            foreach (var folder in Leftovers(environments))
            {
                _folders.Add(new RenderedFiles(new ManifestDirectory(folder, extension), [], json, inputs, rendered));
            }
        }
    }

    public int Write(TextWriter output, Diagnostics diagnostics, bool prune)
    {
        if (prune && _folders.Sum(f => f.Count) == 0)
        {
            diagnostics.Error(ManifestDirectory.Display(_root.Root), "JS2909",
                "nothing to render, so --prune would delete every generated file; nothing was written or deleted (delete the folder yourself if that is what you want)");
            return ExitCodes.UsageOrIoError;
        }

        if (Refuse(diagnostics))
        {
            return ExitCodes.UsageOrIoError;
        }

        return _folders.Aggregate(ExitCodes.Success, (exit, folder) => ExitCodes.Worst(exit, folder.Write(output, diagnostics, prune)));
    }

    public int Check(Diagnostics diagnostics, Func<bool, string> fixCommand)
    {
        if (Refuse(diagnostics))
        {
            return ExitCodes.UsageOrIoError;
        }

        var counts = _folders.Select(f => f.Check(diagnostics)).ToList();
        if (counts.Any(c => c is null))
        {
            return ExitCodes.UsageOrIoError;
        }

        var problems = counts.Sum(c => c!.Value.Problems);
        var stale = counts.Sum(c => c!.Value.Stale);
        if (problems + stale == 0)
        {
            diagnostics.Writer.Write($"{counts.Sum(c => c!.Value.Files)} files match the code.\n");
            return ExitCodes.Success;
        }

        diagnostics.Writer.Write($"{problems + stale} of the files differ from the code; to update them, run: {fixCommand(stale > 0)}\n");
        return ExitCodes.ManifestProblems;
    }

    private bool Refuse(Diagnostics diagnostics)
    {
        foreach (var obstacle in _obstacles)
        {
            diagnostics.Error(ManifestDirectory.Display(_root.Root), "JS2907", $"refused: {obstacle}; nothing was written");
        }

        // Every folder reports its own obstacles, so all of them are listed before the run stops.
        return _folders.Aggregate(_obstacles.Count > 0, (refused, folder) => folder.Refuse(diagnostics) | refused);
    }

    private void AddObstacle(string? obstacle)
    {
        if (obstacle is not null)
        {
            _obstacles.Add(obstacle);
        }
    }

    // Folders JobSharp rendered before that no selected environment owns: DIR itself (the layout without
    // environments) and DIR/NAME for an environment that is gone. Only folders with an index are JobSharp's.
    private IEnumerable<string> Leftovers(IReadOnlyList<string> environments)
    {
        if (!Directory.Exists(_root.Root))
        {
            yield break;
        }

        if (File.Exists(_root.Resolve(GeneratedIndex.FileName)))
        {
            yield return _root.Root;
        }

        foreach (var folder in Directory.EnumerateDirectories(_root.Root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (!environments.Contains(name) && _root.Obstacle(folder) is null
                && File.Exists(Path.Combine(folder, GeneratedIndex.FileName)))
            {
                yield return folder;
            }
        }
    }
}
