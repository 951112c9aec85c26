using System.Reflection;
using System.Runtime.CompilerServices;
using JobSharp.Testing.Internal;

namespace JobSharp.Testing.Tests;

/// <summary>Finding the test's real source file when a CI build maps source paths to /_/.</summary>
public sealed class SourcePathsTests
{
    [Fact]
    public void Resolve_ExistingFile_IsItself()
    {
        using var folder = new TempFolder();
        var file = folder.File("ATests.cs");
        File.WriteAllText(file, "");

        Assert.Equal(file, SourcePaths.Resolve(file, [], []));
    }

    [Theory]
    [InlineData("/_/", "/_/tests/A.Tests/ATests.cs")]
    [InlineData("/_1/", "/_1/tests/A.Tests/ATests.cs")]
    [InlineData("/_/", "/_/tests\\A.Tests\\ATests.cs")]
    public void Resolve_MappedPath_UsesTheRecordedRoot(string mapped, string callerFile)
    {
        using var checkout = new TempFolder();
        var real = CreateSource(checkout);

        Assert.Equal(real, SourcePaths.Resolve(callerFile, [new SourceRoot("/_/other/", "/nowhere/"), new SourceRoot(mapped, checkout.Path + "/")], []));
    }

    [Fact]
    public void Resolve_MappedPathWithoutRecordedRoot_FindsTheFileAboveTheSearchFolders()
    {
        using var checkout = new TempFolder();
        var real = CreateSource(checkout);
        var binaries = Directory.CreateDirectory(checkout.File("tests", "A.Tests", "bin", "Debug", "net10.0")).FullName;

        Assert.Equal(real, SourcePaths.Resolve("/_/tests/A.Tests/ATests.cs", [], [binaries]));
    }

    [Fact]
    public void Resolve_NothingFound_ExplainsWhatToDo()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SourcePaths.Resolve("/_/tests/Gone.cs", [], [Path.GetTempPath()]));

        Assert.Contains("/_/tests/Gone.cs", error.Message, StringComparison.Ordinal);
        Assert.Contains("build/JobSharp.Testing.targets", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/_/|/src/repo/", "/_/", "/src/repo/")]
    [InlineData("/_1/|C:\\src\\repo\\", "/_1/", "C:\\src\\repo\\")]
    public void Parse_RecordedMapping(string value, string mapped, string real) =>
        Assert.Equal(new SourceRoot(mapped, real), SourceRoot.Parse(value));

    [Theory]
    [InlineData("")]
    [InlineData("/_/")]
    [InlineData("|/src/")]
    [InlineData("/_/|")]
    public void Parse_NotAMapping_IsNull(string value) => Assert.Null(SourceRoot.Parse(value));

    [Fact]
    public void ThisAssembly_RecordsTheMappingExactlyWhenTheBuildMapsPaths()
    {
        // Run by CI with -p:ContinuousIntegrationBuild=true: the compiler wrote /_/..., and build/JobSharp.Testing.targets
        // recorded the root. In a local build nothing is mapped and nothing recorded.
        var callerFile = CallerFile();
        var recorded = typeof(SourcePathsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == SourceRoot.MetadataKey)
            .ToList();

        if (callerFile.StartsWith("/_", StringComparison.Ordinal))
        {
            Assert.NotEmpty(recorded);
            Assert.False(File.Exists(callerFile));
        }
        else
        {
            Assert.Empty(recorded);
        }

        // Only the recorded roots, no searching: the file this test is written in.
        var real = SourcePaths.Resolve(callerFile, SourceRoot.FromLoadedAssemblies(), []);
        Assert.Equal("SourcePathsTests.cs", Path.GetFileName(real));
        Assert.Contains(nameof(ThisAssembly_RecordsTheMappingExactlyWhenTheBuildMapsPaths), File.ReadAllText(real), StringComparison.Ordinal);
    }

    private static string CallerFile([CallerFilePath] string path = "") => path;

    private static string CreateSource(TempFolder checkout)
    {
        Directory.CreateDirectory(checkout.File("tests", "A.Tests"));
        var file = checkout.File("tests", "A.Tests", "ATests.cs");
        File.WriteAllText(file, "");
        return file;
    }
}
