using CsCheck;
using JobSharp.Rendering;
using JobSharp.Tests.Support;
using k8s;
using k8s.Models;
using YamlDotNet.Core;

namespace JobSharp.Tests.Rendering;

public sealed class RoundTripPropertyTests
{
    private static readonly string[] Ambiguous =
    [
        "yes", "no", "on", "off", "y", "N", "null", "~", "0123", "1e3", "12:30", "0x1F", "+1", ".inf", "-.inf", ".nan",
        "2024-01-01", "true", "False", "1_000", "0b101", "<<", "=", " lead", "trail ", "a: b", "a #b", "", "-", "---",
        "- x", "*x", "&x", "!x", "%x", "@x", "`x", "|x", ">x", "'x'", "\"x\"", "{x}", "[x]", "#x", "multi\nline",
        "multi\nline\n", "  indented\nblock", "ends\n\n", "\n", "\tstart", "crlf\r\nline", "nul\0byte", "bell\a",
        "nel\u0085x", "ls\u2028x", "grüße", "漢字", "emoji 😀", "\uFEFFbom", "trailing space \nx",
    ];

    private static readonly Gen<string> Strings = Gen.OneOf(
        Gen.OneOf(Ambiguous),
        Gen.Char["abcXYZ :#-_\n\t'\"{}[],&*!|>%@`~0123456789.eE+xXbo üé漢\r\\/"].Array[0, 16].Select(cs => new string(cs)),
        Gen.String.Where(s => !HasLoneSurrogate(s)));

    [Fact]
    public void ToYaml_ArbitraryStrings_SurviveRenderAndParseThroughKubernetesClient()
    {
        // KubernetesClient reads YAML through YamlDotNet's MergingParser, which rejects any "<<" scalar, quoted or
        // not ("Unrecognized merge key pattern"); that string is covered by the parser-level tests below.
        Strings.Where(value => value != "<<").Sample(value =>
        {
            var model = JobCarrying(value);

            var parsed = KubernetesYaml.Deserialize<V1Job>(ManifestRenderer.ToYaml(model));

            var container = parsed.Spec.Template.Spec.Containers[0];
            Assert.Equal(value, container.Args[0]);
            Assert.Equal(value, container.Env[0].Value);
            Assert.Equal(value, parsed.Metadata.Labels["text"]);
            Assert.Equal(value, parsed.Metadata.Annotations["text"]);
        }, iter: 2000);
    }

    [Fact]
    public void ToYaml_ArbitraryStrings_SurviveRenderAndParseThroughYamlDotNetEvents()
    {
        Strings.Sample(value =>
        {
            var scalars = YamlScalars.All(ManifestRenderer.ToYaml(JobCarrying(value)));

            // labels.text, annotations.text, args[0] and env[0].value (kept when empty) carry the value.
            Assert.Equal(4, scalars.Count(s => s.Value == value && s.Tag.IsEmpty));
        }, iter: 2000);
    }

    [Fact]
    public void ToYaml_ArbitraryStrings_NoPlainScalarResolvesToANonStringUnderYaml11()
    {
        Strings.Sample(value =>
        {
            var plain = YamlScalars.All(ManifestRenderer.ToYaml(JobCarrying(value)))
                .Where(s => s.Style == ScalarStyle.Plain)
                .Select(s => s.Value);

            Assert.DoesNotContain(plain, Yaml11.ResolvesToNonString);
        }, iter: 2000);
    }

    [Fact]
    public void ToYaml_SameModelTwice_GivesIdenticalText()
    {
        Strings.Sample(value =>
        {
            Assert.Equal(ManifestRenderer.ToYaml(JobCarrying(value)), ManifestRenderer.ToYaml(JobCarrying(value)));
        }, iter: 200);
    }

    private static V1Job JobCarrying(string value) => Job.Create("carrier")
        .WithLabel("text", value)
        .WithAnnotation("text", value)
        .AddContainer("main", "busybox:1.36", c => c.WithArgs(value).WithEnv("TEXT", value))
        .ToModel();

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
