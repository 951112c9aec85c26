namespace JobSharp.Tests.TestSupport;

/// <summary>The shared snapshot helper every test project uses.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Match_SameText_PassesAndRemovesAStaleReceivedFile()
    {
        using var folder = new TempFolder();
        var snapshot = folder.File("job.verified.yaml");
        File.WriteAllText(snapshot, "kind: Job\n");
        File.WriteAllText(folder.File("job.received.yaml"), "old\n");

        Snapshot.Match(snapshot, "kind: Job\n");

        Assert.Equal(["job.verified.yaml"], folder.AllFiles());
    }

    [Fact]
    public void Match_DifferentText_FailsWithADiffAndWritesTheReceivedFile()
    {
        using var folder = new TempFolder();
        var snapshot = folder.File("api.approved.txt");
        File.WriteAllText(snapshot, "a\nb\n");

        var error = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match(snapshot, "a\nc\n"));

        Assert.Contains("- b\n+ c", error.Message, StringComparison.Ordinal);
        Assert.Equal("a\nc\n", File.ReadAllText(folder.File("api.received.txt")));
    }

    [Fact]
    public void Match_NoSnapshot_FailsAndWritesTheReceivedFile()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match(folder.File("new.verified.md"), "# x\n"));

        Assert.StartsWith("No snapshot", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File("new.received.md")));
    }

    [Fact]
    public void ReceivedPath_NeedsASnapshotName() =>
        Assert.Throws<ArgumentException>(() => Snapshot.ReceivedPath("plain.yaml"));
}
