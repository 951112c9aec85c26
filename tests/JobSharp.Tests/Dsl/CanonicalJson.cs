using System.Text.Json.Nodes;
using k8s;

namespace JobSharp.Tests.Dsl;

/// <summary>
/// <c>KubernetesJson.Serialize</c> with object keys sorted, so two models compare equal when their maps hold
/// the same entries in a different insertion order.
/// </summary>
internal static class CanonicalJson
{
    public static string Of(object model) => Sort(JsonNode.Parse(KubernetesJson.Serialize(model)))?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sort(p.Value?.DeepClone())))),
        JsonArray array => new JsonArray([.. array.Select(i => Sort(i?.DeepClone()))]),
        _ => node?.DeepClone(),
    };
}
