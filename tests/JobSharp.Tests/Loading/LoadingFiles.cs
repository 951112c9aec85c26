using JobSharp.Loading;

namespace JobSharp.Tests.Loading;

/// <summary>Finds the test's YAML files (copied next to the test assembly), and small helpers shared by the loading tests.</summary>
internal static class LoadingFiles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Loading");

    /// <summary>One of the seed's three example files, shared by every test project (tests/JobSharp.TestSupport/Seed).</summary>
    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "Seed", name);

    public static string Sample(string name) => Path.Combine(Folder, "Samples", name);

    public static LoadError SingleError(string yaml)
    {
        var result = ManifestLoader.LoadString(yaml, "test.yaml");
        Assert.Empty(result.Documents);
        return Assert.Single(result.Errors);
    }

    public static LoadedManifest SingleDocument(string yaml)
    {
        var result = ManifestLoader.LoadString(yaml, "test.yaml");
        Assert.Empty(result.Errors);
        return Assert.Single(result.Documents);
    }
}
