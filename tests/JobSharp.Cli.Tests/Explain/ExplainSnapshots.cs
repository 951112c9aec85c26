namespace JobSharp.Cli.Tests.Explain;

/// <summary>Where the explain snapshots live: <c>Snapshots/NAME.verified.md</c> beside these tests.</summary>
internal static class ExplainSnapshots
{
    public static string Path(string name) =>
        Repository.Path("tests", "JobSharp.Cli.Tests", "Explain", "Snapshots", $"{name}.verified.md");
}
