namespace JobSharp.Tests.Dsl;

/// <summary>Folders of the repository these tests read.</summary>
internal static class RepoPaths
{
    public static string DslSnapshots => Repository.Path("tests", "JobSharp.Tests", "Dsl", "Snapshots");

    public static string JobSharpSources => Repository.Path("src", "JobSharp");

    /// <summary>The snapshot <c>Dsl/Snapshots/NAME.verified.yaml</c>.</summary>
    public static string DslSnapshot(string name) => Path.Combine(DslSnapshots, name + ".verified.yaml");
}
