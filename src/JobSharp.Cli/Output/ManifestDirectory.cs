namespace JobSharp.Cli.Output;

/// <summary>
/// The folder layout <c>render -o DIR</c> writes: <c>DIR/&lt;namespace&gt;/&lt;name&gt;.&lt;kind&gt;.yaml</c>, or
/// <c>DIR/&lt;name&gt;.&lt;kind&gt;.yaml</c> for objects without a namespace. Files that do not follow the
/// <c>*.job.*</c> / <c>*.cronjob.*</c> pattern are never touched or reported.
/// </summary>
internal sealed class ManifestDirectory(string root, string extension)
{
    private static readonly string[] Kinds = ["job", "cronjob"];

    public string Root { get; } = root;

    public string PathFor(string kind, string name, string? @namespace)
    {
        var file = $"{name}.{kind.ToLowerInvariant()}.{extension}";
        return string.IsNullOrEmpty(@namespace) ? Path.Combine(Root, file) : Path.Combine(Root, @namespace, file);
    }

    /// <summary>The generated-looking files already in the folder and its immediate sub-folders.</summary>
    public IReadOnlyList<string> ExistingManifests()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var found = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(Root).Prepend(Root))
        {
            found.AddRange(Directory.EnumerateFiles(folder).Where(IsManifestFile));
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>A path as people want to read it: relative to the current folder when inside it, else in full.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }

    private bool IsManifestFile(string path)
    {
        var name = Path.GetFileName(path);
        return Kinds.Any(kind => name.EndsWith($".{kind}.{extension}", StringComparison.Ordinal)) && !name.StartsWith('.');
    }
}
