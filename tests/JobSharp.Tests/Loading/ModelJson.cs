using System.Text.Json.Nodes;
using k8s;

namespace JobSharp.Tests.Loading;

/// <summary>
/// A model as <c>KubernetesJson.Serialize</c> writes it, with object keys sorted: maps (labels, limits) keep
/// insertion order in the model, which is not part of its value.
/// </summary>
internal static class ModelJson
{
    public static string Of(object model) => Sort(JsonNode.Parse(KubernetesJson.Serialize(model)))?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sort(p.Value?.DeepClone())))),
        JsonArray a => new JsonArray([.. a.Select(i => Sort(i?.DeepClone()))]),
        _ => node?.DeepClone(),
    };
}
