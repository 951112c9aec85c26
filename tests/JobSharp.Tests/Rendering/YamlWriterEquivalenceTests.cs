using CsCheck;
using JobSharp.Rendering;
using k8s.Models;

namespace JobSharp.Tests.Rendering;

/// <summary>
/// The renderer has two YAML writers: <see cref="DirectYamlSink"/> for speed, and YamlDotNet's emitter
/// (<see cref="YamlSink"/>) for the documents the direct writer declines. Whatever the direct writer accepts, it must
/// write byte for byte as the emitter does.
/// </summary>
public sealed class YamlWriterEquivalenceTests
{
    private const int Iterations = 3000;

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.OneOf("", "yes", "null", "0123", "1e3", "a: b", "#x", "- x", "multi\nline\n", "ends\n\n", " lead", "grüße", "漢字", "😀", "\t"),
        Gen.Char["abcXYZ :#-_\n\t'\"{}[],&*!|>%@`~0123456789.eE+ üé漢\r\\/"].Array[0, 12].Select(cs => new string(cs)));

    private static readonly Gen<string> FieldName = Gen.Char["abcdefghijklmnopqrstuvwxyzABC"].Array[1, 10].Select(cs => new string(cs));

    private static readonly Gen<Node> Scalar = Gen.OneOf(
        Text.Select(t => (Node)new StringNode(t)),
        Gen.Long.Select(n => (Node)new NumberNode(n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Gen.Bool.Select(b => (Node)new BooleanNode(b)));

    private static readonly Gen<Node> Document = Mapping(depth: 4);

    [Fact]
    public void EveryDocumentTheDirectWriterAccepts_IsWrittenAsYamlDotNetWritesIt()
    {
        var accepted = 0;
        Document.Sample(root =>
        {
            var direct = new DirectYamlSink(unicodeOutput: true);
            Write(direct, root);
            if (direct.Unsupported)
            {
                return;
            }

            accepted++;
            Assert.Equal(ThroughYamlDotNet(root), direct.Buffer.ToString());
        }, iter: Iterations, threads: 1);

        // The comparison only means something if the direct writer takes many documents (it declines nested
        // sequences and quoted non-ASCII text, which the random trees hold often).
        Assert.True(accepted > Iterations / 5, $"The direct writer accepted only {accepted} of {Iterations} documents.");
    }

    [Fact]
    public void RandomDslJobs_RenderTheSameThroughEitherWriter()
    {
        Gen.Select(Text, Text, Text, Gen.Int[0, 3]).Sample((label, arg, env, volumes) =>
        {
            var job = Job.Create("equivalence")
                .WithLabel("text", label)
                .WithAnnotation("note", env)
                .AddContainer("main", "busybox:1.36", c => Enumerable.Range(0, volumes).Aggregate(
                    c.WithArgs(arg, label).WithEnv("VALUE", env),
                    (container, i) => container.AddVolumeMount(Volume.EmptyDir($"v{i}"), $"/v{i}")))
                .ToModel();
            var direct = new DirectYamlSink(unicodeOutput: true);
            new ModelWalker(direct).WriteDocument(job);

            Assert.Equal(ThroughYamlDotNet(job), direct.Unsupported ? ThroughYamlDotNet(job) : direct.Buffer.ToString());
            Assert.Equal(ThroughYamlDotNet(job), ManifestRenderer.ToYaml(job));
        }, iter: 500, threads: 1);
    }

    private static string ThroughYamlDotNet(Node root)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        using (var sink = new YamlSink(writer))
        {
            Write(sink, root);
        }

        return writer.ToString();
    }

    private static string ThroughYamlDotNet(V1Job job)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        using (var sink = new YamlSink(writer))
        {
            new ModelWalker(sink).WriteDocument(job);
        }

        return writer.ToString();
    }

    private static void Write(IManifestSink sink, Node root)
    {
        sink.BeginDocument();
        Emit(sink, root);
        sink.EndDocument();
    }

    private static void Emit(IManifestSink sink, Node node)
    {
        switch (node)
        {
            case StringNode s:
                sink.String(s.Value);
                break;
            case NumberNode n:
                sink.Number(n.Text);
                break;
            case BooleanNode b:
                sink.Boolean(b.Value);
                break;
            case EmptyNode:
                sink.EmptyMapping();
                break;
            case MappingNode m:
                sink.BeginMapping();
                foreach (var (key, plain, value) in m.Entries)
                {
                    if (plain)
                    {
                        sink.PlainKey(key);
                    }
                    else
                    {
                        sink.Key(key);
                    }

                    Emit(sink, value);
                }

                sink.EndMapping();
                break;
            case SequenceNode q:
                sink.BeginSequence();
                foreach (var item in q.Items)
                {
                    Emit(sink, item);
                }

                sink.EndSequence();
                break;
        }
    }

    private static Gen<Node> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency((4, Scalar), (2, Mapping(depth - 1)), (2, Sequence(depth - 1)), (1, Gen.Const((Node)new EmptyNode())));

    private static Gen<Node> Mapping(int depth)
    {
        var key = Gen.OneOf(FieldName.Select(k => (Key: k, Plain: true)), Text.Select(k => (Key: k, Plain: false)));
        var entry = Gen.Select(key, Value(depth), (k, v) => (k.Key, k.Plain, v));
        return entry.Array[1, 4].Select(entries => (Node)new MappingNode(entries));
    }

    private static Gen<Node> Sequence(int depth) => Value(depth).Array[1, 3].Select(items => (Node)new SequenceNode(items));

    private abstract record Node;

    private sealed record StringNode(string Value) : Node;

    private sealed record NumberNode(string Text) : Node;

    private sealed record BooleanNode(bool Value) : Node;

    private sealed record EmptyNode : Node;

    private sealed record MappingNode((string Key, bool Plain, Node Value)[] Entries) : Node;

    private sealed record SequenceNode(Node[] Items) : Node;
}
