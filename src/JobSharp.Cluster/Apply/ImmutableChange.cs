using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>Reads an immutable-field 422 and names what changed and the two ways out.</summary>
internal static class ImmutableChange
{
    /// <summary>The fields the server called immutable, or an empty list when the 422 is about something else.</summary>
    public static IReadOnlyList<string> FieldsOf(ClusterException e)
    {
        if (e.StatusCode != 422 || e.InnerException is not HttpOperationException http)
        {
            return [];
        }

        var causes = ApiCall.StatusOf(http)?.Details?.Causes ?? [];
        return [.. causes
            .Where(c => c.Message?.Contains("field is immutable", StringComparison.Ordinal) == true && !string.IsNullOrEmpty(c.Field))
            .Select(c => c.Field)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The exception that names the immutable fields, the leaves that differ under them, and the ways out.</summary>
    public static ClusterException Describe(
        string kind, string name, IReadOnlyList<string> fields, IKubernetesObject<V1ObjectMeta> desired, IKubernetesObject<V1ObjectMeta>? live, ClusterException cause)
    {
        var changed = live is null ? [] : ChangedLeaves(desired, live, fields);
        var detail = changed.Count == 0 ? string.Empty : $" (changed: {string.Join(", ", changed)})";
        var noun = fields.Count == 1 ? "field" : "fields";
        return new ClusterException(
            ClusterErrorCodes.ImmutableField,
            $"{ObjectApi.Resource(kind, name)}: cannot change immutable {noun} {string.Join(", ", fields)}{detail}; "
            + "apply with --recreate to delete it (and its pods) and create it again, or give it a new name",
            cause)
        {
            StatusCode = 422,
        };
    }

    /// <summary>The leaves set in <paramref name="desired"/> under <paramref name="roots"/> whose live values differ.</summary>
    public static IReadOnlyList<string> ChangedLeaves(
        IKubernetesObject<V1ObjectMeta> desired, IKubernetesObject<V1ObjectMeta> live, IReadOnlyList<string> roots)
    {
        var want = JsonNode.Parse(KubernetesJson.Serialize(desired));
        var have = JsonNode.Parse(KubernetesJson.Serialize(live));
        var found = new List<string>();
        foreach (var root in roots)
        {
            Compare(At(want, root), At(have, root), root, found);
        }

        return found;
    }

    private static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node;
    }

    private static void Compare(JsonNode? want, JsonNode? have, string path, List<string> found)
    {
        switch (want)
        {
            case null:
                return;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Compare(value, (have as JsonObject)?[key], $"{path}.{key}", found);
                }

                return;
            case JsonArray a:
                var other = have as JsonArray;
                for (var i = 0; i < a.Count; i++)
                {
                    Compare(a[i], other is not null && i < other.Count ? other[i] : null, $"{path}[{i}]", found);
                }

                return;
            default:
                if (have is null || !JsonNode.DeepEquals(want, have))
                {
                    found.Add(path);
                }

                return;
        }
    }
}
