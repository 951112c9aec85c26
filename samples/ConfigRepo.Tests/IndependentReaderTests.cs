using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace ConfigRepo.Tests;

/// <summary>
/// The committed files, read by two YAML readers that share no code with JobSharp's renderer, hold exactly the
/// objects the code builds: what kubectl or a GitOps controller reads from deploy/ is what the tests above checked.
/// </summary>
public sealed class IndependentReaderTests
{
    // deploy/<environment>/<namespace>/<name>.<kind>.yaml, from the code alone.
    private static readonly Lazy<IReadOnlyDictionary<string, IKubernetesObject<V1ObjectMeta>>> Expected = new(() =>
        Repository.Define().Environments
            .SelectMany(e => e.ToModels().Select(m => (Path: $"{e.Name}/{m.Metadata.NamespaceProperty}/{m.Metadata.Name}.{m.Kind.ToLowerInvariant()}.yaml", Model: m)))
            .ToDictionary(x => x.Path, x => x.Model, StringComparer.Ordinal));

    public static TheoryData<string> Files => [.. Expected.Value.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void DeployFolder_HoldsOneFilePerObject()
    {
        var files = Directory.EnumerateFiles(Checkout.DeployFolder, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Checkout.DeployFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(Expected.Value.Keys.Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void KubernetesClient_ReadsTheObjectTheCodeBuilds(string file)
    {
        var expected = Expected.Value[file];

        var loaded = Assert.Single(KubernetesYaml.LoadAllFromString(Read(file), strict: true));

        Assert.IsType(expected.GetType(), loaded);
        Assert.Equal(KubernetesJson.Serialize(expected), KubernetesJson.Serialize(loaded));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void YamlDotNet_ReadsTheObjectTheCodeBuilds(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Read(file)));

        var document = Assert.Single(stream.Documents);
        var differences = YamlTree.Differences(JsonNode.Parse(KubernetesJson.Serialize(Expected.Value[file])), document.RootNode);
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine([Checkout.DeployFolder, .. file.Split('/')]));
}
