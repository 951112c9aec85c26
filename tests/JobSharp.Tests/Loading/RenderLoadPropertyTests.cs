using CsCheck;
using JobSharp.Loading;
using JobSharp.Rendering;
using JobSharp.Schema;
using k8s.Models;

namespace JobSharp.Tests.Loading;

public sealed class RenderLoadPropertyTests
{
    private static readonly string[] Ambiguous =
    [
        "yes", "no", "on", "0440", "0x1F", "1e3", "1.0", "~", "null", "", " ", "- x", "a: b", "#", "12:30", "2024-05-01",
        "<<", "|", "\t", "multi\nline\n", "nul\0byte", "\uFEFFbom", "ends\n\n", "trailing space \nx",
    ];

    private static readonly Gen<string> Strings = Gen.OneOf(
        Gen.OneOf(Ambiguous),
        Gen.Char["abcXYZ :#-_\n\t'\"{}[],&*!|>%@`~0123456789.eE+xXbo üé漢\r\\/\u0001\u0085\uFEFF"].Array[0, 16].Select(cs => new string(cs)),
        Gen.String.Where(s => !HasLoneSurrogate(s)));

    [Fact]
    public void LoadString_RenderedStrings_ComeBackUnchanged()
    {
        Strings.Sample(value =>
        {
            var job = new V1Job
            {
                ApiVersion = "batch/v1",
                Kind = "Job",
                Metadata = new V1ObjectMeta { Name = "j", Annotations = new Dictionary<string, string> { ["note"] = value } },
                Spec = new V1JobSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            Containers = [new V1Container { Name = "c", Args = [value], Env = [new V1EnvVar { Name = "V", Value = value }] }],
                        },
                    },
                },
            };
            var yaml = ManifestRenderer.ToYaml(job);

            var loaded = (V1Job)Assert.Single(LoadOk(yaml).Documents).Model;

            Assert.Equal(value, loaded.Metadata.Annotations["note"]);
            var container = loaded.Spec.Template.Spec.Containers[0];
            Assert.Equal(value, container.Args[0]);
            Assert.Equal(value, container.Env[0].Value);

            Assert.Equal(yaml, ManifestRenderer.ToYaml(loaded));
        }, iter: 1000);
    }

    [Fact]
    public void LoadString_RenderedPorts_KeepTheirForm()
    {
        // Numbers, and strings: all digits (port names the server rejects), names, empty, or text YAML would misread.
        var ports = Gen.OneOf(
            Gen.Int[int.MinValue, int.MaxValue].Select(n => (IntOrString)n),
            Gen.Char['0', '9'].Array[1, 6].Select(cs => IntOrStringForm.String(new string(cs))),
            Gen.OneOf(Ambiguous).Select(IntOrStringForm.String),
            Gen.OneOf(Gen.Const("http"), Gen.Const("-1"), Gen.Const("+80"), Gen.Const("0x1F90"), Gen.Const("08080"), Gen.Const("80%")).Select(IntOrStringForm.String),
            Strings.Select(IntOrStringForm.String));
        Gen.Select(ports, ports, Strings).Sample((httpPort, tcpPort, value) =>
        {
            var job = new V1Job
            {
                ApiVersion = "batch/v1",
                Kind = "Job",
                Metadata = new V1ObjectMeta { Name = "j" },
                Spec = new V1JobSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            Containers =
                            [
                                new V1Container
                                {
                                    Name = "c",
                                    Env = [new V1EnvVar { Name = "V", Value = value }],
                                    ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/", Port = httpPort } },
                                    LivenessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = tcpPort } },
                                },
                            ],
                        },
                    },
                },
            };

            foreach (var rendered in new[] { ManifestRenderer.ToYaml(job), ManifestRenderer.ToJson(job) })
            {
                var container = ((V1Job)Assert.Single(LoadOk(rendered).Documents).Model).Spec.Template.Spec.Containers[0];

                AssertSameForm(httpPort, container.ReadinessProbe.HttpGet.Port);
                AssertSameForm(tcpPort, container.LivenessProbe.TcpSocket.Port);
                Assert.Equal(value, container.Env[0].Value);
            }
        }, iter: 1000);
    }

    [Fact]
    public void Load_RandomBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var result = ManifestLoader.Load(new MemoryStream(bytes), "random.bin");

            Assert.All(result.Errors, e => Assert.Matches("^JS20[0-9]{2}$", e.Code));
        }, iter: 1000);
    }

    private static LoadResult LoadOk(string yaml)
    {
        var result = ManifestLoader.LoadString(yaml, "rendered.yaml");
        Assert.True(result.Succeeded, string.Join('\n', result.Errors) + "\n" + yaml);
        return result;
    }

    private static void AssertSameForm(IntOrString expected, IntOrString actual)
    {
        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(IntOrStringForm.IsInteger(expected, out _), IntOrStringForm.IsInteger(actual, out _));
    }

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
