using JobSharp.KubernetesRules;

namespace JobSharp.Tests.KubernetesRules;

public sealed class ImageReferenceTests
{
    [Theory]
    [InlineData("busybox", null, "busybox", null, null, true)]
    [InlineData("busybox:latest", null, "busybox", "latest", null, true)]
    [InlineData("busybox:1.36", null, "busybox", "1.36", null, false)]
    [InlineData("localhost:5000/app", "localhost:5000", "app", null, null, true)]
    [InlineData("ghcr.io/acme/app:1.0@sha256:abc", "ghcr.io", "acme/app", "1.0", "sha256:abc", false)]
    [InlineData("acme/app@sha256:abc", null, "acme/app", null, "sha256:abc", false)]
    public void Parse_SplitsTheParts(string image, string? registry, string repository, string? tag, string? digest, bool mutable)
    {
        var parts = ImageReference.Parse(image);

        Assert.Equal(new ImageReference(registry, repository, tag, digest), parts);
        Assert.Equal(mutable, parts.IsMutable);
    }

    [Theory]
    [InlineData("busy box", "whitespace")]
    [InlineData("app@sha256", "algorithm:hex")]
    [InlineData("app:", "tag")]
    [InlineData("ghcr.io//app", "repository")]
    public void Problem_InvalidReference_SaysWhy(string image, string why) =>
        Assert.Contains(why, ImageReference.Problem(image), StringComparison.Ordinal);

    [Fact]
    public void Problem_ValidReference_IsNull() => Assert.Null(ImageReference.Problem("ghcr.io/acme/app:1.0@sha256:abc"));
}
