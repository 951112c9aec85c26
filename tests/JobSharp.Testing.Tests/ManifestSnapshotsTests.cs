namespace JobSharp.Testing.Tests;

/// <summary>The snapshot workflow in a temporary folder: match, mismatch, missing, accept, stale received files.</summary>
public sealed class ManifestSnapshotsTests
{
    [Fact]
    public void Match_SameYaml_PassesAndDeletesAStaleReceivedFile()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("KitTests.Match_SameYaml_PassesAndDeletesAStaleReceivedFile.verified.yaml"), Kit.Yaml(Kit.Both));
        File.WriteAllText(folder.File("KitTests.Match_SameYaml_PassesAndDeletesAStaleReceivedFile.received.yaml"), "old\n");

        Kit.Match(Kit.Both, folder.Path);

        Assert.Equal(["KitTests.Match_SameYaml_PassesAndDeletesAStaleReceivedFile.verified.yaml"], folder.AllFiles());
    }

    [Fact]
    public void Match_VerifiedFileWithWindowsLineEnds_Passes()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("KitTests.Match_VerifiedFileWithWindowsLineEnds_Passes.verified.yaml"), Kit.Yaml(Kit.Both).Replace("\n", "\r\n", StringComparison.Ordinal));

        Kit.Match(Kit.Both, folder.Path);

        Assert.Single(folder.AllFiles());
    }

    [Fact]
    public void Match_NoVerifiedFile_FailsWritesTheReceivedFileAndShowsEveryObject()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<SnapshotMismatchException>(() => Kit.Match(Kit.Both, folder.Path));

        var verified = folder.File("KitTests.Match_NoVerifiedFile_FailsWritesTheReceivedFileAndShowsEveryObject.verified.yaml");
        var received = folder.File("KitTests.Match_NoVerifiedFile_FailsWritesTheReceivedFileAndShowsEveryObject.received.yaml");
        Assert.StartsWith($"No snapshot yet: {verified} does not exist.", error.Message, StringComparison.Ordinal);
        Assert.Equal(Kit.Yaml(Kit.Both), File.ReadAllText(received));
        Assert.False(File.Exists(verified));
        Assert.Contains("job/hello (namespace team): added\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("job/report (namespace team): added\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("\n+apiVersion: batch/v1\n", error.Message, StringComparison.Ordinal);
        Assert.Contains(AcceptCommand(received, verified), error.Message, StringComparison.Ordinal);
        Assert.Contains("JOBSHARP_ACCEPT=1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchProgram_ComparesEveryEnvironment_AndReportsEachDifferenceInOneException()
    {
        using var folder = new TempFolder();
        const string Stem = "KitTests.MatchProgram_ComparesEveryEnvironment_AndReportsEachDifferenceInOneException";
        Kit.Match(Kit.App(), folder.Path, Kit.Environment(("JOBSHARP_ACCEPT", "1")));
        File.WriteAllText(folder.File($"{Stem}.prod.verified.yaml"), "stale\n");
        File.Delete(folder.File($"{Stem}.dev.verified.yaml"));

        var error = Assert.Throws<SnapshotMismatchException>(() => Kit.Match(Kit.App(), folder.Path));

        Assert.Equal([$"{Stem}.dev.received.yaml", $"{Stem}.prod.received.yaml", $"{Stem}.prod.verified.yaml"], folder.AllFiles());
        Assert.StartsWith($"No snapshot yet: {folder.File($"{Stem}.dev.verified.yaml")} does not exist.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"\n\nThe manifests differ from the snapshot {folder.File($"{Stem}.prod.verified.yaml")}.", error.Message, StringComparison.Ordinal);
        Assert.Contains("+    environment: prod\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("app.kubernetes.io/part-of: kit", File.ReadAllText(folder.File($"{Stem}.dev.received.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Match_ChangedObject_FailsWithAUnifiedDiffOfThatObjectAndTheAcceptCommand()
    {
        using var folder = new TempFolder();
        var verified = folder.File("KitTests.Match_ChangedObject_FailsWithAUnifiedDiffOfThatObjectAndTheAcceptCommand.verified.yaml");
        var received = folder.File("KitTests.Match_ChangedObject_FailsWithAUnifiedDiffOfThatObjectAndTheAcceptCommand.received.yaml");
        File.WriteAllText(verified, Kit.Yaml(Kit.Both));
        Job[] changed = [Kit.Hello, Kit.Report.WithBackoffLimit(2)];

        var error = Assert.Throws<SnapshotMismatchException>(() => Kit.Match(changed, folder.Path));

        Assert.StartsWith($"The manifests differ from the snapshot {verified}.", error.Message, StringComparison.Ordinal);
        Assert.Contains("job/report (namespace team): changed\n"
            + "--- KitTests.Match_ChangedObject_FailsWithAUnifiedDiffOfThatObjectAndTheAcceptCommand.verified.yaml\n"
            + "+++ KitTests.Match_ChangedObject_FailsWithAUnifiedDiffOfThatObjectAndTheAcceptCommand.received.yaml\n"
            + "@@ -", error.Message, StringComparison.Ordinal);
        Assert.Contains("\n+  backoffLimit: 2\n", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("job/hello", error.Message, StringComparison.Ordinal);
        Assert.Contains(AcceptCommand(received, verified), error.Message, StringComparison.Ordinal);
        Assert.Equal(Kit.Yaml(changed), File.ReadAllText(received));
        Assert.Equal(Kit.Yaml(Kit.Both), File.ReadAllText(verified));
    }

    [Fact]
    public void Match_HunkLineNumbers_CountFromTheStartOfTheFile()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("KitTests.Match_HunkLineNumbers_CountFromTheStartOfTheFile.verified.yaml"), Kit.Yaml(Kit.Both));
        Job[] changed = [Kit.Hello, Kit.Report.WithBackoffLimit(2)];
        var helloLines = Kit.Yaml([Kit.Hello]).Count(c => c == '\n') + 1; // its lines and the "---"

        var error = Assert.Throws<SnapshotMismatchException>(() => Kit.Match(changed, folder.Path));

        var header = error.Message.Split('\n').Single(l => l.StartsWith("@@ ", StringComparison.Ordinal));
        var oldStart = int.Parse(header.Split(' ')[1].TrimStart('-').Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(oldStart > helloLines, $"{header} should point into the second document, after line {helloLines}");
    }

    [Fact]
    public void Match_AddedAndRemovedObjects_AreLabelledSo()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("KitTests.Match_AddedAndRemovedObjects_AreLabelledSo.verified.yaml"), Kit.Yaml([Kit.Hello]));

        var error = Assert.Throws<SnapshotMismatchException>(() => Kit.Match([Kit.Report], folder.Path));

        Assert.Contains("job/report (namespace team): added\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("job/hello (namespace team): removed\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_SameObjectsInAnotherOrder_SaysSo()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("KitTests.Match_SameObjectsInAnotherOrder_SaysSo.verified.yaml"), Kit.Yaml([Kit.Report, Kit.Hello]));

        var error = Assert.Throws<SnapshotMismatchException>(() => Kit.Match(Kit.Both, folder.Path));

        Assert.Contains("The objects are the same, in another order", error.Message, StringComparison.Ordinal);
        Assert.Contains("snapshot: job/report (namespace team), job/hello (namespace team)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("TRUE")]
    public void Match_AcceptSet_WritesTheVerifiedFileDeletesTheReceivedOneAndPasses(string value)
    {
        using var folder = new TempFolder();
        var verified = folder.File("KitTests.Match_AcceptSet_WritesTheVerifiedFileDeletesTheReceivedOneAndPasses.verified.yaml");
        File.WriteAllText(verified, Kit.Yaml([Kit.Hello]));
        File.WriteAllText(folder.File("KitTests.Match_AcceptSet_WritesTheVerifiedFileDeletesTheReceivedOneAndPasses.received.yaml"), "old\n");

        Kit.Match(Kit.Both, folder.Path, Kit.Environment(("JOBSHARP_ACCEPT", value)));

        Assert.Equal([Path.GetFileName(verified)], folder.AllFiles());
        Assert.Equal(Kit.Yaml(Kit.Both), File.ReadAllText(verified));
    }

    [Fact]
    public void Match_AcceptSetAndNoVerifiedFile_CreatesIt()
    {
        using var folder = new TempFolder();

        Kit.Match([Kit.Hello], folder.Path, Kit.Environment(("JOBSHARP_ACCEPT", "1")));

        Assert.Equal(Kit.Yaml([Kit.Hello]), File.ReadAllText(folder.File("KitTests.Match_AcceptSetAndNoVerifiedFile_CreatesIt.verified.yaml")));
        Assert.Single(folder.AllFiles());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("yes please")]
    public void Match_AcceptUnsetOrNotOn_Fails(string? value)
    {
        using var folder = new TempFolder();
        var verified = folder.File("KitTests.Match_AcceptUnsetOrNotOn_Fails.verified.yaml");
        File.WriteAllText(verified, Kit.Yaml([Kit.Hello]));
        var environment = value is null ? Kit.Environment() : Kit.Environment(("JOBSHARP_ACCEPT", value));

        Assert.Throws<SnapshotMismatchException>(() => Kit.Match(Kit.Both, folder.Path, environment));

        Assert.Equal(Kit.Yaml([Kit.Hello]), File.ReadAllText(verified));
        Assert.True(File.Exists(folder.File("KitTests.Match_AcceptUnsetOrNotOn_Fails.received.yaml")));
    }

    [Fact]
    public void Match_CiBuildWithMappedPathsWithoutAccept_FailsAndWritesTheReceivedFileBesideTheRealSource()
    {
        // A CI build: CI=true, no JOBSHARP_ACCEPT, and [CallerFilePath] mapped to /_/ by ContinuousIntegrationBuild.
        using var checkout = new TempFolder();
        Directory.CreateDirectory(checkout.File("tests", "Deploy.Tests"));
        File.WriteAllText(checkout.File("tests", "Deploy.Tests", "ProdTests.cs"), "// the test\n");
        File.WriteAllText(checkout.File("tests", "Deploy.Tests", "ProdTests.Snapshot.verified.yaml"), Kit.Yaml([Kit.Hello]));
        var settings = new Internal.SnapshotSettings
        {
            Environment = Kit.Environment(("CI", "true")),
            SourceRoots = [new Internal.SourceRoot("/_/", checkout.Path + Path.DirectorySeparatorChar)],
            SearchFrom = [],
        };

        var error = Assert.Throws<SnapshotMismatchException>(() =>
            Internal.SnapshotFile.Match(ManifestSnapshots.Models(Kit.Both), "/_/tests/Deploy.Tests/ProdTests.cs", "Snapshot", settings));

        Assert.Contains("job/report (namespace team): added", error.Message, StringComparison.Ordinal);
        Assert.Equal(Kit.Yaml(Kit.Both), File.ReadAllText(checkout.File("tests", "Deploy.Tests", "ProdTests.Snapshot.received.yaml")));
        Assert.Equal(Kit.Yaml([Kit.Hello]), File.ReadAllText(checkout.File("tests", "Deploy.Tests", "ProdTests.Snapshot.verified.yaml")));
    }

    [Fact]
    public void Match_NoCallerInformation_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ManifestSnapshots.Match([Kit.Hello], "", ""));

    [Fact]
    public void Match_NullManifest_IsRefused() =>
        Assert.Throws<ArgumentNullException>(() => ManifestSnapshots.Match(new IManifestSource[] { Kit.Hello, null! }));

    private static string AcceptCommand(string received, string verified) =>
        OperatingSystem.IsWindows()
            ? $"Move-Item -Force -LiteralPath '{received}' -Destination '{verified}'"
            : $"mv '{received}' '{verified}'";
}
