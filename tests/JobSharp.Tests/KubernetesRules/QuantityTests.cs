using JobSharp.KubernetesRules;
using JobSharp.Rendering;
using k8s.Models;

namespace JobSharp.Tests.KubernetesRules;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("+1", true)]
    [InlineData("-1.5Gi", true)]
    [InlineData("1.", true)]
    [InlineData(".5", true)]
    [InlineData("1e3", true)]
    [InlineData("1E-2", true)]
    [InlineData("500n", true)]
    [InlineData("1e309", false)]
    [InlineData("1e", false)]
    [InlineData(".", false)]
    [InlineData("1.5 Gi", false)]
    [InlineData("1gi", false)]
    [InlineData("1Ki1", false)]
    [InlineData("", false)]
    public void IsQuantity_FollowsTheApiServersGrammar(string text, bool expected) =>
        Assert.Equal(expected, QuantitySyntax.IsQuantity(text));

    [Fact]
    public void IsQuantity_LongerThanTheBound_IsRefused() =>
        Assert.False(QuantitySyntax.IsQuantity(new string('1', QuantitySyntax.MaxLength + 1)));

    [Theory]
    [InlineData("1.5Gi", "1.5Gi")]
    [InlineData("1536Mi", "1.5Gi")]
    [InlineData("1280Mi", "1.25Gi")]
    [InlineData("1100Mi", "1100Mi")]
    [InlineData("2Gi", "2Gi")]
    [InlineData("0.5Ki", "512")]
    [InlineData("1.5", "1500m")]
    [InlineData("500m", "500m")]
    [InlineData("1e3", "1e3")]
    public void SpellingOf_AModelQuantity_IsCanonicalWithTheLargestShortBinarySuffix(string text, string expected) =>
        Assert.Equal(expected, QuantitySpelling.Of(new ResourceQuantity(text)));

    [Theory]
    [InlineData("1536Mi")]
    [InlineData("1000m")]
    [InlineData("0.5")]
    public void SpellingOf_ASpelledQuantity_IsItsText(string text) =>
        Assert.Equal(text, QuantitySpelling.Of(new SpelledQuantity(text)));

    [Fact]
    public void Render_QuantitySetThroughCustomize_KeepsItsBinarySpelling()
    {
        var job = Job.Create("q").AddContainer("main", "busybox:1.36").Customize(j =>
            j.Spec.Template.Spec.Containers[0].Resources = new V1ResourceRequirements
            {
                Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("1.5Gi") },
            });

        Assert.Contains("\n              memory: 1.5Gi\n", ManifestRenderer.ToYaml(job.Build()), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DslQuantity_KeepsItsSpellingThroughCustomize()
    {
        var job = Job.Create("q").AddContainer("main", "busybox:1.36")
            .Customize(j => j.Spec.Template.Spec.Containers[0].Resources = new V1ResourceRequirements
            {
                Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = Quantity.Parse("1536Mi").ToModel() },
            });

        Assert.Contains("\n              memory: 1536Mi\n", ManifestRenderer.ToYaml(job.Build()), StringComparison.Ordinal);
    }

    [Fact]
    public void ImplicitConversion_FromString_ParsesOrThrows()
    {
        Quantity quantity = "1.5Gi";

        Assert.Equal("1.5Gi", quantity.Text);
        Assert.Throws<ArgumentException>(() => (Quantity)"-1");
        Assert.Throws<ArgumentException>(() => (Quantity)"lots");
    }
}
