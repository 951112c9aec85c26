namespace JobSharp.Testing.Internal;

/// <summary>
/// Finds the real source file behind a <c>[CallerFilePath]</c>. A local build gives the real path. A CI build
/// (<c>ContinuousIntegrationBuild=true</c>) maps source roots to <c>/_/</c>, <c>/_1/</c>, ...; those are mapped back
/// with the roots the build recorded (build/JobSharp.Testing.targets), or else found by trying the path below the
/// mapped root in every folder above the test binaries and the current folder.
/// </summary>
internal static class SourcePaths
{
    /// <summary>The real path of <paramref name="callerFile"/>.</summary>
    /// <param name="callerFile">The path the compiler recorded.</param>
    /// <param name="roots">The source root mappings the build recorded.</param>
    /// <param name="searchFrom">Folders whose ancestors may hold the source tree, when no recorded root does.</param>
    /// <returns>The path of an existing file.</returns>
    /// <exception cref="InvalidOperationException">No existing file matches.</exception>
    public static string Resolve(string callerFile, IEnumerable<SourceRoot> roots, IEnumerable<string> searchFrom)
    {
        if (File.Exists(callerFile))
        {
            return Path.GetFullPath(callerFile);
        }

        var normalized = Normalize(callerFile);
        foreach (var root in roots)
        {
            var mapped = Normalize(root.Mapped);
            if (!mapped.EndsWith('/'))
            {
                mapped += "/";
            }

            if (normalized.StartsWith(mapped, StringComparison.Ordinal))
            {
                var candidate = Path.Combine(root.Real, normalized[mapped.Length..]);
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        if (BelowMappedRoot(normalized) is { } relative)
        {
            foreach (var start in searchFrom)
            {
                for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                {
                    var candidate = Path.Combine(folder.FullName, relative);
                    if (File.Exists(candidate))
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }
        }

        throw new InvalidOperationException(
            $"The test's source file {callerFile} does not exist, so its snapshot folder is unknown. Snapshot tests run " +
            "on the machine that built them, from the source tree; a CI build that maps source paths " +
            "(ContinuousIntegrationBuild=true) needs build/JobSharp.Testing.targets, which the JobSharp.Testing package " +
            "imports by itself (a ProjectReference imports it by hand, see docs/testing.md).");
    }

    // "/_/tests/A.cs" and "/_12/tests/A.cs" give "tests/A.cs"; a path not below a mapped root gives null.
    private static string? BelowMappedRoot(string normalized)
    {
        if (!normalized.StartsWith("/_", StringComparison.Ordinal))
        {
            return null;
        }

        var slash = normalized.IndexOf('/', 2);
        var digits = slash < 0 ? "" : normalized[2..slash];
        return slash > 0 && digits.All(char.IsAsciiDigit) && slash < normalized.Length - 1 ? normalized[(slash + 1)..] : null;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
