namespace JobSharp.TestSupport;

/// <summary>
/// The checkout the tests run from, found by walking up from the test binaries to <c>JobSharp.sln</c>. CI builds map
/// source paths, so <c>[CallerFilePath]</c> does not name real files there.
/// </summary>
public static class Repository
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>A path below the root, from its parts: <c>Repository.Path("docs", "lint.md")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "JobSharp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No JobSharp.sln above {AppContext.BaseDirectory}.");
    }
}
