using JobSharp.KubernetesRules;

namespace JobSharp.Tests.Dsl;

public sealed class ValueTypeTests
{
    [Theory]
    [InlineData("500m")]
    [InlineData("2")]
    [InlineData("1.5Gi")]
    [InlineData("256Mi")]
    [InlineData("1e3")]
    [InlineData("0.5")]
    [InlineData(".5")]
    [InlineData("100k")]
    [InlineData("10E")]
    public void QuantityParse_ValidText_RendersAsWritten(string text)
    {
        var quantity = Quantity.Parse(text);

        Assert.Equal(text, quantity.Text);
        Assert.Equal(text, QuantitySpelling.Of(quantity.ToModel()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1.5 Gi")]
    [InlineData("1GB")]
    [InlineData("Gi")]
    [InlineData("1gi")]
    public void QuantityParse_InvalidText_Throws(string text)
    {
        Assert.Throws<ArgumentException>(() => Quantity.Parse(text));
        Assert.False(Quantity.TryParse(text, out _));
    }

    [Theory]
    [InlineData(0.5, "500m")]
    [InlineData(2.0, "2")]
    [InlineData(0.25, "250m")]
    [InlineData(1.001, "1001m")]
    [InlineData(0.0, "0")]
    public void QuantityCpu_Cores_WritesCoresOrMillicores(double cores, string expected) =>
        Assert.Equal(expected, Quantity.Cpu(cores).Text);

    [Fact]
    public void QuantityHelpers_WriteTheirSuffixes()
    {
        Assert.Equal("500m", Quantity.MilliCpu(500).Text);
        Assert.Equal("256Mi", Quantity.Mebibytes(256).Text);
        Assert.Equal("1Gi", Quantity.Gibibytes(1).Text);
        Assert.Equal("512Ki", Quantity.Kibibytes(512).Text);
        Assert.Equal("1024", Quantity.Bytes(1024).Text);
        Assert.Equal("3", ((Quantity)3).Text);
    }

    [Theory]
    [InlineData("busybox", null, "busybox", null, null, false)]
    [InlineData("busybox:1.36", null, "busybox", "1.36", null, true)]
    [InlineData("busybox:latest", null, "busybox", "latest", null, false)]
    [InlineData("acme/app:2.0", null, "acme/app", "2.0", null, true)]
    [InlineData("ghcr.io/acme/app", "ghcr.io", "acme/app", null, null, false)]
    [InlineData("localhost:5000/app:dev", "localhost:5000", "app", "dev", null, true)]
    [InlineData("localhost/app", "localhost", "app", null, null, false)]
    [InlineData("registry.example.com:5000/team/app:2.0@sha256:abc", "registry.example.com:5000", "team/app", "2.0", "sha256:abc", true)]
    [InlineData("app@sha256:abc", null, "app", null, "sha256:abc", true)]
    public void ContainerImageParse_Reference_SplitsIntoParts(string reference, string? registry, string repository, string? tag, string? digest, bool pinned)
    {
        var image = ContainerImage.Parse(reference);

        Assert.Equal((reference, registry, repository, tag, digest, pinned), (image.Reference, image.Registry, image.Repository, image.Tag, image.Digest, image.IsPinned));
    }

    [Fact]
    public void ContainerImageParse_Empty_IsKeptForValidationToReport()
    {
        var model = Job.Create("j").AddContainer("main", string.Empty).ToModel();

        Assert.Equal(string.Empty, ContainerImage.Parse(string.Empty).Repository);
        Assert.Contains(Job.Create("j").AddContainer("main", string.Empty).Validate().Issues, i => i.Path == "spec.template.spec.containers[0].image");
        Assert.Equal(string.Empty, model.Spec.Template.Spec.Containers[0].Image);
    }

    [Theory]
    [InlineData("bad image")]
    [InlineData("app:")]
    [InlineData("app@sha256")]
    [InlineData("/app")]
    [InlineData("ghcr.io/")]
    public void ContainerImageParse_Malformed_Throws(string reference)
    {
        Assert.Throws<ArgumentException>(() => ContainerImage.Parse(reference));
        Assert.False(ContainerImage.TryParse(reference, out _));
    }

    [Fact]
    public void ContainerImageTryParse_EmptyOrNull_IsFalse_WellFormed_IsTrue()
    {
        Assert.False(ContainerImage.TryParse(string.Empty, out _));
        Assert.False(ContainerImage.TryParse(null, out _));
        Assert.True(ContainerImage.TryParse("busybox:1.36", out var image));
        Assert.Equal("1.36", image.Tag);
    }

    [Fact]
    public void ContainerImage_WithTagAndDigest_ReplacesParts()
    {
        var image = ContainerImage.Parse("ghcr.io/acme/app:1.0@sha256:aaa");

        Assert.Equal("ghcr.io/acme/app:2.0", image.WithTag("2.0").Reference);
        Assert.Equal("ghcr.io/acme/app:1.0@sha256:bbb", image.WithDigest("sha256:bbb").Reference);
    }

    [Theory]
    [InlineData("0 3 * * *")]
    [InlineData("*/15 8-18 * * mon-fri")]
    [InlineData("0 0 1,15 * *")]
    [InlineData("0 12 * JAN-MAR sun")]
    [InlineData("5/10 * ? * *")]
    [InlineData("@daily")]
    [InlineData("@annually")]
    [InlineData("@every 1h30m")]
    public void CronScheduleParse_Valid_KeepsTheExpression(string expression) =>
        Assert.Equal(expression, CronSchedule.Parse(expression).Expression);

    [Theory]
    [InlineData("0 0 * * * *", "expected exactly 5 fields, found 6")]
    [InlineData("60 * * * *", "field 1")]
    [InlineData("0 24 * * *", "field 2")]
    [InlineData("0 0 0 * *", "field 3")]
    [InlineData("0 0 * 13 *", "field 4")]
    [InlineData("0 0 * * 7", "field 5")]
    [InlineData("*/0 * * * *", "field 1")]
    [InlineData("5-1 * * * *", "field 1")]
    [InlineData("@reboot", "unrecognized descriptor")]
    [InlineData("@every soon", "@every")]
    [InlineData("CRON_TZ=UTC 0 * * * *", "TZ")]
    public void CronScheduleParse_Invalid_ThrowsWithTheReason(string expression, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => CronSchedule.Parse(expression));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CronScheduleHelpers_WriteFiveFields()
    {
        Assert.Equal("30 2 * * *", CronSchedule.Daily(new TimeOnly(2, 30)).Expression);
        Assert.Equal("0 4 * * 0", CronSchedule.Weekly(DayOfWeek.Sunday, new TimeOnly(4, 0)).Expression);
        Assert.Equal("15 1 31 * *", CronSchedule.Monthly(31, new TimeOnly(1, 15)).Expression);
        Assert.Equal("*/5 * * * *", CronSchedule.EveryMinutes(5).Expression);
        Assert.Throws<ArgumentException>(() => CronSchedule.Daily(new TimeOnly(1, 2, 3)));
    }
}
