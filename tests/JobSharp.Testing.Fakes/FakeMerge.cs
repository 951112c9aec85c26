using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// A simplified server-side apply merge: objects merge key by key, lists of objects with a <c>name</c> merge by
/// name (like containers and env), other lists and scalars are replaced.
/// </summary>
internal static class FakeMerge
{
    public static JsonNode? Overlay(JsonNode? target, JsonNode? source)
    {
        switch (source)
        {
            case JsonObject s when target is JsonObject t:
                foreach (var (key, value) in s.ToList())
                {
                    t[key] = Overlay(t[key]?.DeepClone(), value?.DeepClone());
                }

                return t;
            case JsonArray s when target is JsonArray t && s.All(IsNamed) && t.All(IsNamed):
                var result = new JsonArray();
                foreach (var item in s)
                {
                    var match = t.FirstOrDefault(x => NameOf(x) == NameOf(item));
                    result.Add(Overlay(match?.DeepClone(), item?.DeepClone()));
                }

                return result;
            default:
                return source?.DeepClone();
        }
    }

    public static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
        {
            node = (node as JsonObject)?[part];
        }

        return node;
    }

    public static List<string> ChangedLeaves(JsonNode? before, JsonNode? after, string path)
    {
        var found = new List<string>();
        Walk(before, after, path, found);
        return found;
    }

    private static void Walk(JsonNode? before, JsonNode? after, string path, List<string> found)
    {
        if (after is JsonObject a)
        {
            foreach (var (key, value) in a)
            {
                if (path.Length == 0 && key is "metadata" or "status")
                {
                    continue;
                }

                Walk((before as JsonObject)?[key], value, path.Length == 0 ? key : $"{path}.{key}", found);
            }
        }
        else if (!JsonNode.DeepEquals(before, after))
        {
            found.Add(path);
        }
    }

    private static bool IsNamed(JsonNode? node) => node is JsonObject o && o["name"] is JsonValue;

    private static string? NameOf(JsonNode? node) => (node as JsonObject)?["name"]?.GetValue<string>();
}
