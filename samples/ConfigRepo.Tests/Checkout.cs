namespace ConfigRepo.Tests;

/// <summary>The checkout the tests were built from: the first folder above the test binaries that holds JobSharp.sln.</summary>
internal static class Checkout
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The committed output of <c>render -o</c>.</summary>
    public static string DeployFolder => Path.Combine(RootFolder.Value, "samples", "ConfigRepo", "deploy");

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
