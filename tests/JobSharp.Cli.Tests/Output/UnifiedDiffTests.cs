using JobSharp.Cli.Output;

namespace JobSharp.Cli.Tests.Output;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Create_OneChangedLine_ShowsAHunkWithThreeLinesOfContext()
    {
        var before = "a\nb\nc\nd\ne\nf\ng\n";
        var after = "a\nb\nc\nD\ne\nf\ng\n";

        var diff = UnifiedDiff.Create(before, after, "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n", diff);
    }

    [Fact]
    public void Create_ChangesFarApart_GivesTwoHunksWithCorrectLineNumbers()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"line{i}").ToList();
        var before = string.Join('\n', lines) + "\n";
        lines[1] = "changed2";
        lines[17] = "changed18";
        var after = string.Join('\n', lines) + "\n";

        var diff = UnifiedDiff.Create(before, after, "old", "new");

        Assert.Contains("@@ -1,5 +1,5 @@\n", diff, StringComparison.Ordinal);
        Assert.Contains("@@ -15,6 +15,6 @@\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EmptyOld_ShowsEveryLineAdded()
    {
        var diff = UnifiedDiff.Create(string.Empty, "x\ny\n", "old", "new");

        Assert.Equal("--- old\n+++ new\n@@ -0,0 +1,2 @@\n+x\n+y\n", diff);
    }
}
