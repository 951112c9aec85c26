using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// The discovery documents kubectl reads before any typed request: <c>/version</c>, <c>/api</c>, <c>/apis</c>,
/// <c>/api/v1</c>, <c>/apis/batch</c> and <c>/apis/batch/v1</c>. Only the unaggregated (v1) forms: a client that
/// asks for aggregated discovery (<c>as=APIGroupDiscoveryList</c>) also accepts <c>application/json</c> and falls
/// back to these, as it does with an API server before 1.26.
/// </summary>
internal static class FakeDiscovery
{
    public const string Major = "1";
    public const string Minor = "32";

    public static JsonObject Version() => new()
    {
        ["major"] = Major,
        ["minor"] = Minor,
        ["gitVersion"] = $"v{Major}.{Minor}.0-jobsharp-fake",
        ["gitCommit"] = "0000000000000000000000000000000000000000",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2025-01-01T00:00:00Z",
        ["goVersion"] = "go1.23.0",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };

    public static JsonObject CoreVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public static JsonObject Groups() => new()
    {
        ["kind"] = "APIGroupList",
        ["apiVersion"] = "v1",
        ["groups"] = new JsonArray(BatchGroup()),
    };

    public static JsonObject BatchGroup()
    {
        var version = new JsonObject { ["groupVersion"] = "batch/v1", ["version"] = "v1" };
        return new JsonObject
        {
            ["kind"] = "APIGroup",
            ["apiVersion"] = "v1",
            ["name"] = "batch",
            ["versions"] = new JsonArray(version),
            ["preferredVersion"] = version.DeepClone(),
        };
    }

    public static JsonObject Resources(string group)
    {
        var list = new JsonArray();
        foreach (var r in FakeResource.All.Where(r => r.Group == group))
        {
            list.Add(new JsonObject
            {
                ["name"] = r.Plural,
                ["singularName"] = r.Singular,
                ["namespaced"] = r.Namespaced,
                ["kind"] = r.Kind,
                ["verbs"] = Strings(r.Verbs),
                ["shortNames"] = r.ShortNames.Length > 0 ? Strings(r.ShortNames) : null,
                ["categories"] = r.Categories.Length > 0 ? Strings(r.Categories) : null,
                ["storageVersionHash"] = r.Kind,
            });
        }

        foreach (var (_, name, kind, verbs) in FakeResource.Subresources.Where(s => s.Group == group))
        {
            list.Add(new JsonObject
            {
                ["name"] = name,
                ["singularName"] = string.Empty,
                ["namespaced"] = FakeResource.All.First(r => r.Kind == kind).Namespaced,
                ["kind"] = kind,
                ["verbs"] = Strings(verbs),
            });
        }

        RemoveNulls(list);
        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? "v1" : $"{group}/v1",
            ["resources"] = list,
        };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static void RemoveNulls(JsonArray list)
    {
        foreach (var item in list.OfType<JsonObject>())
        {
            foreach (var key in item.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                item.Remove(key);
            }
        }
    }
}
