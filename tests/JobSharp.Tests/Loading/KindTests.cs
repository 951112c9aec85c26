using JobSharp.Loading;
using k8s.Models;

namespace JobSharp.Tests.Loading;

public sealed class KindTests
{
    [Fact]
    public void LoadString_CustomResource_IsUnknownAndNamed()
    {
        var error = LoadingFiles.SingleError("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n");

        Assert.Equal("JS2007", error.Code);
        Assert.Equal((2, 7), (error.Line, error.Column));
        Assert.Equal(
            "unknown kind \"Widget\" (apiVersion \"example.com/v1\"): JobSharp reads the built-in Kubernetes kinds; a custom resource has no schema here to check it against, so it is not read (keep it in a file JobSharp is not given)",
            error.Message);
    }

    [Fact]
    public void LoadString_V1Beta1CronJob_SaysItWasRemoved()
    {
        var error = LoadingFiles.SingleError("apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: c\n");

        Assert.Equal("JS2007", error.Code);
        Assert.Equal("apiVersion", error.Path);
        Assert.Equal((1, 13), (error.Line, error.Column));
        Assert.Equal("batch/v1beta1 CronJob was removed in Kubernetes 1.25; use apiVersion: batch/v1 (the fields are the same)", error.Message);
    }

    [Fact]
    public void LoadString_JobWithAnotherApiVersion_AsksForBatchV1()
    {
        var error = LoadingFiles.SingleError("apiVersion: batch/v2\nkind: Job\n");

        Assert.Equal("unsupported apiVersion \"batch/v2\" for Job; use apiVersion: batch/v1", error.Message);
    }

    [Theory]
    [InlineData("kind: Job\nmetadata: {}\n", "apiVersion")]
    [InlineData("apiVersion: batch/v1\n", "kind")]
    [InlineData("metadata: {}\n", "apiVersion and kind")]
    [InlineData("apiVersion: batch/v1\nkind: [Job]\n", "kind")]
    public void LoadString_MissingTypeInformation_IsAnError(string yaml, string missing)
    {
        var error = LoadingFiles.SingleError(yaml);

        Assert.Equal("JS2008", error.Code);
        Assert.StartsWith($"the document needs a string {missing}; ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- a\n- b\n", "a list")]
    [InlineData("just text\n", "the string \"just text\"")]
    public void LoadString_DocumentThatIsNotAMapping_IsAnError(string yaml, string found)
    {
        var error = LoadingFiles.SingleError(yaml);

        Assert.Equal("JS2009", error.Code);
        Assert.EndsWith(found, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadString_MixedStream_SkipsEmptyDocumentsAndKeepsTheGoodOnes()
    {
        const string yaml = """
            # leading comment
            ---
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: first
            ---
            apiVersion: example.com/v1
            kind: Widget
            ---
            ~
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: second
            ...

            """;

        var result = ManifestLoader.LoadString(yaml, "mixed.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal((10, 7), (error.Line, error.Column));
        Assert.Equal(["first", "second"], result.Documents.Select(d => d.Model.Metadata.Name));
        Assert.IsType<V1Job>(result.Documents[0].Model);
        Assert.IsType<V1CronJob>(result.Documents[1].Model);
        Assert.Equal(new SourceLocation(4, 1), result.Documents[0].Location);
        Assert.Equal(new SourceLocation(14, 1), result.Documents[1].Location);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n...\n")]
    public void LoadString_NothingButEmptyDocuments_LoadsNothingWithoutError(string yaml)
    {
        var result = ManifestLoader.LoadString(yaml, "empty.yaml");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Documents);
    }
}
