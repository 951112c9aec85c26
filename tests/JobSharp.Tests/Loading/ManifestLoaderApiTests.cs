using System.Text;
using JobSharp.Loading;

namespace JobSharp.Tests.Loading;

public sealed class ManifestLoaderApiTests
{
    [Fact]
    public void Load_TextReader_LoadsLikeAString()
    {
        var text = File.ReadAllText(LoadingFiles.Seed("hello-job.yaml"));

        var result = ManifestLoader.Load(new StringReader(text), "<stdin>");

        Assert.True(result.Succeeded);
        Assert.Equal("<stdin>", Assert.Single(result.Documents).SourceName);
    }

    [Fact]
    public void Load_Stream_LoadsUtf8()
    {
        var result = ManifestLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ünïcode-notes\n")), "s.yaml");

        Assert.Equal("ünïcode-notes", Assert.Single(result.Documents).Model.Metadata.Name);
    }

    [Fact]
    public void LoadFile_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => ManifestLoader.LoadFile(Path.Combine(LoadingFiles.Folder, "no-such-file.yaml")));
    }

    [Fact]
    public void Loaders_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ManifestLoader.LoadString(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => ManifestLoader.LoadString("", null!));
        Assert.Throws<ArgumentNullException>(() => ManifestLoader.Load((Stream)null!, "x"));
        Assert.Throws<ArgumentNullException>(() => ManifestLoader.Load((TextReader)null!, "x"));
        Assert.ThrowsAny<ArgumentException>(() => ManifestLoader.LoadFile(""));
    }

    [Fact]
    public void LoadError_ToString_LeavesOutAnEmptyPath()
    {
        var error = new LoadError("JS2001", "a.yaml", 3, 4, "", "invalid YAML: oops");

        Assert.Equal("a.yaml:3:4: error JS2001: invalid YAML: oops", error.ToString());
    }

    [Fact]
    public void LoadString_ErrorAfterAGoodDocument_KeepsTheGoodDocument()
    {
        var result = ManifestLoader.LoadString("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ok\n---\na: [\n", "s.yaml");

        Assert.False(result.Succeeded);
        Assert.Equal("ok", Assert.Single(result.Documents).Model.Metadata.Name);
        Assert.Equal("JS2001", Assert.Single(result.Errors).Code);
    }
}
