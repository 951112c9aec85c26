namespace JobSharp.Cli.Output;

/// <summary>
/// The folder layout <c>render -o DIR</c> writes: <c>DIR/&lt;namespace&gt;/&lt;name&gt;.&lt;kind&gt;.yaml</c>, or
/// <c>DIR/&lt;name&gt;.&lt;kind&gt;.yaml</c> for objects without a namespace, and the rule that keeps every write and
/// delete inside DIR: no symbolic link below DIR is ever followed.
/// </summary>
internal sealed class ManifestDirectory(string root, string extension)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string PathFor(string kind, string name, string? @namespace)
    {
        var file = $"{name}.{kind.ToLowerInvariant()}.{extension}";
        return string.IsNullOrEmpty(@namespace) ? Path.Combine(Root, file) : Path.Combine(Root, @namespace, file);
    }

    /// <summary>The path below the root with <c>/</c> separators, as the index of generated files writes it.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>The full path of a path relative to the root.</summary>
    public string Resolve(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Why <paramref name="path"/> must not be written, read or deleted: a part of it below the root is a symbolic
    /// link (which could lead outside the folder), or a folder on the way is a file. Null when it is safe.
    /// </summary>
    public string? Obstacle(string path)
    {
        if (File.Exists(Root))
        {
            return $"{Display(Root)} is a file, not a folder";
        }

        var current = Root;
        foreach (var part in Relative(path).Split('/'))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                return $"{Display(current)} is a symbolic link; JobSharp never writes, reads or deletes through a link below the output folder";
            }

            if (current == path)
            {
                return null;
            }

            if (info.Exists)
            {
                return $"{Display(current)} is a file, not a folder";
            }

            if (!Directory.Exists(current))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A path as people want to read it: relative to the current folder when inside it, else in full.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
