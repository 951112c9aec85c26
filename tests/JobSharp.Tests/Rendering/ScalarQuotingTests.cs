using JobSharp.Rendering;
using JobSharp.Tests.Support;
using k8s.Models;

namespace JobSharp.Tests.Rendering;

public sealed class ScalarQuotingTests
{
    private static string RenderValue(string value)
    {
        var job = new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta { Name = "q", Annotations = new Dictionary<string, string> { ["v"] = value } },
        };
        var yaml = ManifestRenderer.ToYaml(job);
        var start = yaml.IndexOf("    v: ", StringComparison.Ordinal) + "    v: ".Length;
        return yaml[start..].TrimEnd('\n');
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("on")]
    [InlineData("Off")]
    [InlineData("y")]
    [InlineData("N")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("0123")]
    [InlineData("089")]
    [InlineData("1e3")]
    [InlineData("12:30")]
    [InlineData("0x1F")]
    [InlineData("0o17")]
    [InlineData("+1")]
    [InlineData("-1.5")]
    [InlineData(".inf")]
    [InlineData("-.Inf")]
    [InlineData(".NaN")]
    [InlineData("1_000")]
    [InlineData("2024-01-01")]
    [InlineData("2001-12-14t21:59:43.10-05:00")]
    [InlineData("<<")]
    [InlineData("=")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("key: value")]
    [InlineData("a #comment")]
    [InlineData("ends with:")]
    [InlineData("- item")]
    [InlineData("-")]
    [InlineData("---")]
    [InlineData("...")]
    [InlineData("*alias")]
    [InlineData("&anchor")]
    [InlineData("!tag")]
    [InlineData("%directive")]
    [InlineData("@at")]
    [InlineData("`tick")]
    [InlineData("{a}")]
    [InlineData("[a]")]
    [InlineData("'single'")]
    [InlineData("\"double\"")]
    [InlineData("|pipe")]
    [InlineData(">fold")]
    [InlineData("?question")]
    [InlineData("tab\there")]
    public void ToYaml_AmbiguousString_IsDoubleQuoted(string value)
    {
        Assert.StartsWith("\"", RenderValue(value), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("busybox")]
    [InlineData("shubhamm18/diffpods:01")]
    [InlineData("-c")]
    [InlineData("echo \"Job ran at $(date)\"")]
    [InlineData("v1.2.3")]
    [InlineData("a:b")]
    [InlineData("a#b")]
    [InlineData("x-1")]
    [InlineData("grüße")]
    [InlineData("100Mi")]
    public void ToYaml_UnambiguousString_IsPlain(string value)
    {
        Assert.Equal(value, RenderValue(value));
    }

    [Fact]
    public void ToYaml_EmptyMapValue_IsAnEmptyDoubleQuotedString()
    {
        Assert.Equal("\"\"", RenderValue(string.Empty));
    }

    [Theory]
    [InlineData("a\nb\n", "|\n      a\n      b")]
    [InlineData("a\nb", "|-\n      a\n      b")]
    [InlineData("a\n\n", "|+\n      a")]
    [InlineData("  indented\nnext\n", "|2\n        indented\n      next")]
    public void ToYaml_MultiLineText_IsALiteralBlockWithTheRightHeader(string value, string expected)
    {
        Assert.Equal(expected, RenderValue(value));
    }

    [Theory]
    [InlineData("trailing space \nnext")]
    [InlineData("carriage\r\nreturn")]
    [InlineData("tab\tinside\nnext")]
    [InlineData("\n")]
    [InlineData("\n\n")]
    public void ToYaml_MultiLineTextABlockCannotCarry_IsDoubleQuoted(string value)
    {
        Assert.StartsWith("\"", RenderValue(value), StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_TextEndingWithNewline_UsesClipChomping()
    {
        var job = new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta { Name = "q", Annotations = new Dictionary<string, string> { ["v"] = "a\nb\n", ["w"] = "a\nb" } },
        };

        var yaml = ManifestRenderer.ToYaml(job);

        Assert.Contains("    v: |\n      a\n      b\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    w: |-\n      a\n      b\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_VeryLongString_IsNeverWrapped()
    {
        var value = string.Join(' ', Enumerable.Repeat("word", 200));

        Assert.Equal(value, RenderValue(value));
    }

    [Fact]
    public void IsPlainSafe_AgreesWithAnIndependentYaml11Resolver_OnNumericLookingStrings()
    {
        string[] samples = ["0", "00", "07", "08", "0b1", "0x", "1.", ".5", "1e", "1e+", "1:2", "1:60", "1.2.3", "190:20:30.15", "+.inf", "0_0"];
        foreach (var sample in samples.Where(Yaml11.ResolvesToNonString))
        {
            Assert.False(ScalarStyles.IsPlainSafe(sample), sample);
        }
    }
}
