using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace ConfigRepo.Tests;

/// <summary>The comparison the reader tests rely on tells a string from what a YAML reader would type otherwise.</summary>
public sealed class YamlTreeTests
{
    [Theory]
    [InlineData("""{"port": "5432"}""", """port: "5432" """)]
    [InlineData("""{"port": "5432"}""", "port: '5432'")]
    [InlineData("""{"mode": "on"}""", """mode: "on" """)]
    [InlineData("""{"schedule": "30 2 * * *"}""", "schedule: 30 2 * * *")]
    [InlineData("""{"limit": 3, "suspend": false}""", "limit: 3\nsuspend: false")]
    [InlineData("""{"args": ["a", "b"]}""", "args:\n  - a\n  - b")]
    public void Same(string json, string yaml) => Assert.Empty(Differences(json, yaml));

    [Theory]
    [InlineData("""{"port": "5432"}""", "port: 5432", "$.port: the string \"5432\" is plain")]
    [InlineData("""{"mode": "on"}""", "mode: on", "$.mode: the string \"on\" is plain")]
    [InlineData("""{"day": "2024-06-01"}""", "day: 2024-06-01", "$.day: the string \"2024-06-01\" is plain")]
    [InlineData("""{"limit": 3}""", """limit: "3" """, "$.limit: reads the DoubleQuoted scalar \"3\"")]
    [InlineData("""{"image": "ledger:2.14.2"}""", "image: ledger:2.14.3", "$.image: reads \"ledger:2.14.3\"")]
    [InlineData("""{"args": ["a", "b"]}""", "args:\n  - a", "$.args: 1 items, the object has 2")]
    [InlineData("""{"name": "x"}""", "name: x\nextra: y", "$.extra: not in the object")]
    public void Different(string json, string yaml, string expected) =>
        Assert.StartsWith(expected, Assert.Single(Differences(json, yaml)), StringComparison.Ordinal);

    private static IReadOnlyList<string> Differences(string json, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return YamlTree.Differences(JsonNode.Parse(json), stream.Documents[0].RootNode);
    }
}
