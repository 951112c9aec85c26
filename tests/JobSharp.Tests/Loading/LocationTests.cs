using JobSharp.Loading;

namespace JobSharp.Tests.Loading;

public sealed class LocationTests
{
    private static readonly LoadedManifest Full =
        Assert.Single(ManifestLoader.LoadFile(LoadingFiles.Sample("full-job.yaml")).Documents);

    [Theory]
    [InlineData("spec.template.spec.containers[0].image", 67, 11)]
    [InlineData("spec.template.spec.containers[0]", 66, 11)]
    [InlineData("spec.template.spec.containers[0].env[1].value", 81, 15)]
    [InlineData("metadata.labels[app.kubernetes.io/name]", 7, 5)]
    [InlineData("spec.podFailurePolicy.rules[0].onExitCodes.values[1]", 25, 24)]
    [InlineData("spec.backoffLimit", 17, 3)]
    [InlineData("kind", 2, 1)]
    public void TryGetLocation_WrittenPath_GivesItsKey(string path, int line, int column)
    {
        Assert.True(Full.TryGetLocation(path, out var location));
        Assert.Equal(new SourceLocation(line, column), location);
    }

    [Fact]
    public void Locate_MissingField_GivesItsNearestWrittenParent()
    {
        Assert.False(Full.TryGetLocation("spec.template.spec.containers[0].stdin", out _));

        Assert.Equal(new SourceLocation(66, 11), Full.Locate("spec.template.spec.containers[0].stdin"));
        Assert.Equal(new SourceLocation(1, 1), Full.Locate("nothing.here"));
        Assert.Equal(Full.Location, Full.Locate(string.Empty));
    }

    [Fact]
    public void SourceLocation_ToString_IsLineColon()
    {
        Assert.Equal("12:7", new SourceLocation(12, 7).ToString());
    }
}
