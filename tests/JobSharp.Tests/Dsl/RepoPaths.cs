namespace JobSharp.Tests.Dsl;

/// <summary>
/// Finds the repository from the test's output folder (walking up to <c>JobSharp.sln</c>). CI builds with
/// deterministic source paths, so <c>[CallerFilePath]</c> does not name real files there.
/// </summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string DslSnapshots => Path.Combine(Root, "tests", "JobSharp.Tests", "Dsl", "Snapshots");

    public static string JobSharpSources => Path.Combine(Root, "src", "JobSharp");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobSharp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No JobSharp.sln above {AppContext.BaseDirectory}.");
    }
}
