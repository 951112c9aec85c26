using JobSharp.Cli.Output;

namespace JobSharp.Cli.Tests.Output;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_NewFile_HasExactlyTheContentAsUtf8WithoutBom()
    {
        using var folder = new TempFolder();
        var path = folder.File("a", "job.yaml");

        AtomicFile.Write(path, "name: ü\n");

        Assert.Equal("name: ü\n"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(["a/job.yaml"], folder.AllFiles());
    }

    [Fact]
    public void Write_FailsWhileEncoding_OldContentStaysAndNoTemporaryFileRemains()
    {
        using var folder = new TempFolder();
        var path = folder.File("job.yaml");
        File.WriteAllText(path, "old\n");

        // A lone surrogate cannot be encoded: the write fails part-way, after the temporary file was created.
        Assert.ThrowsAny<System.Text.EncoderFallbackException>(() => AtomicFile.Write(path, "new \uD800 content\n"));

        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.Equal(["job.yaml"], folder.AllFiles());
    }

    [Fact]
    public void Write_FailsWhileReplacing_NoTemporaryFileRemains()
    {
        using var folder = new TempFolder();
        var path = folder.File("taken");
        Directory.CreateDirectory(path);

        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(path, "content\n"));

        Assert.Empty(folder.AllFiles());
        Assert.True(Directory.Exists(path));
    }
}
