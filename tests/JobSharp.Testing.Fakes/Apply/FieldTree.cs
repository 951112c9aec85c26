using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes.Apply;

/// <summary>Field paths over JSON objects: the fields an object sets, reading and removing one, and merging by key.</summary>
internal static class FieldTree
{
    private static readonly HashSet<string> ServerMetadata = new(StringComparer.Ordinal)
    {
        "name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "deletionTimestamp",
        "deletionGracePeriodSeconds", "selfLink", "generateName",
    };

    /// <summary>Every leaf and list item <paramref name="obj"/> sets, without identity, bookkeeping and status.</summary>
    public static HashSet<FieldPath> Fields(JsonObject obj)
    {
        var found = new HashSet<FieldPath>();
        foreach (var (key, value) in obj)
        {
            if (key is "apiVersion" or "kind" or "status")
            {
                continue;
            }

            if (key == "metadata" && value is JsonObject metadata)
            {
                foreach (var (field, child) in metadata.Where(m => !ServerMetadata.Contains(m.Key)))
                {
                    Collect(child, FieldPath.Root.Child("f:metadata").Child("f:" + field), field, found);
                }

                continue;
            }

            Collect(value, FieldPath.Root.Child("f:" + key), key, found);
        }

        return found;
    }

    private static void Collect(JsonNode? node, FieldPath path, string name, HashSet<FieldPath> found)
    {
        switch (node)
        {
            case JsonObject o when o.Count > 0 && !FieldSchema.IsAtomic(name):
                foreach (var (key, value) in o)
                {
                    Collect(value, path.Child("f:" + key), key, found);
                }

                break;
            case JsonArray a when FieldSchema.IsSet(name):
                foreach (var item in a)
                {
                    found.Add(path.Child("v:" + (item?.ToJsonString() ?? "null")));
                }

                break;
            case JsonArray a when FieldSchema.KeysOf(name, a) is { } keys:
                foreach (var item in a.OfType<JsonObject>())
                {
                    var itemPath = path.Child(FieldSchema.ItemSegment(item, keys));
                    found.Add(itemPath);
                    foreach (var (key, value) in item)
                    {
                        Collect(value, itemPath.Child("f:" + key), key, found);
                    }
                }

                break;
            default:
                found.Add(path);
                break;
        }
    }

    /// <summary>The value at <paramref name="path"/>: found or not, and what.</summary>
    public static (bool Found, JsonNode? Value) Get(JsonNode? root, FieldPath path)
    {
        var node = root;
        string? name = null;
        foreach (var segment in path.Segments)
        {
            if (Step(node, segment, name) is not { } next)
            {
                return (false, null);
            }

            node = next.Node;
            name = segment[0] == 'f' ? segment[2..] : name;
        }

        return (true, node);
    }

    /// <summary>Removes the field or list item at <paramref name="path"/>, if present.</summary>
    public static void Remove(JsonNode? root, FieldPath path)
    {
        if (path.Segments.Count == 0)
        {
            return;
        }

        var parent = Get(root, new FieldPath([.. path.Segments.Take(path.Segments.Count - 1)])).Value;
        var last = path.Segments[^1];
        switch (parent)
        {
            case JsonObject o when last[0] == 'f':
                o.Remove(last[2..]);
                break;
            case JsonArray a when Step(a, last, null) is { } item:
                a.RemoveAt(item.Index);
                break;
        }
    }

    private static (JsonNode? Node, int Index)? Step(JsonNode? node, string segment, string? listName)
    {
        var body = segment[2..];
        switch (segment[0], node)
        {
            case ('f', JsonObject o):
                return o.TryGetPropertyValue(body, out var child) ? (child, -1) : null;
            case ('k', JsonArray a):
                var key = JsonNode.Parse(body)!.AsObject();
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonObject item && key.All(k => JsonNode.DeepEquals(item[k.Key] ?? (k.Key == "protocol" ? "TCP" : null), k.Value)))
                    {
                        return (item, i);
                    }
                }

                return null;
            case ('v', JsonArray a):
                for (var i = 0; i < a.Count; i++)
                {
                    if ((a[i]?.ToJsonString() ?? "null") == body)
                    {
                        return (a[i], i);
                    }
                }

                return null;
            default:
                _ = listName;
                return null;
        }
    }

    /// <summary>
    /// Lays <paramref name="source"/> over <paramref name="target"/>: objects key by key (atomic ones whole), keyed
    /// lists item by item (new items appended in the source's order), sets as unions, everything else replaced.
    /// </summary>
    public static JsonNode? Merge(JsonNode? target, JsonNode? source, string name = "")
    {
        switch (source)
        {
            case JsonObject s when target is JsonObject t && !FieldSchema.IsAtomic(name):
                foreach (var (key, value) in s.ToList())
                {
                    t[key] = Merge(t[key]?.DeepClone(), value?.DeepClone(), key);
                }

                return t;
            case JsonArray s when target is JsonArray t && FieldSchema.IsSet(name):
                foreach (var item in s.Where(i => !t.Any(x => JsonNode.DeepEquals(x, i))))
                {
                    t.Add(item?.DeepClone());
                }

                return t;
            case JsonArray s when target is JsonArray t && FieldSchema.KeysOf(name, s) is { } keys && t.All(i => i is JsonObject):
                foreach (var item in s.OfType<JsonObject>())
                {
                    var segment = FieldSchema.ItemSegment(item, keys);
                    if (Step(t, segment, name) is { } match)
                    {
                        t[match.Index] = Merge(match.Node!.DeepClone(), item.DeepClone(), name);
                    }
                    else
                    {
                        t.Add(item.DeepClone());
                    }
                }

                return t;
            default:
                return source?.DeepClone();
        }
    }

    /// <summary>The <c>fieldsV1</c> form of a set of paths: nested objects, <c>"."</c> marking a list item itself.</summary>
    public static JsonObject ToFieldsV1(IEnumerable<FieldPath> paths)
    {
        var root = new JsonObject();
        foreach (var path in paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var node = root;
            foreach (var segment in path.Segments)
            {
                if (node[segment] is not JsonObject next)
                {
                    next = [];
                    node[segment] = next;
                }

                node = next;
            }

            if (path.IsItem)
            {
                node["."] = new JsonObject();
            }
        }

        return root;
    }

    /// <summary>Reads a <c>fieldsV1</c> object back into paths.</summary>
    public static HashSet<FieldPath> FromFieldsV1(JsonObject? fields)
    {
        var found = new HashSet<FieldPath>();
        Read(fields, FieldPath.Root, found);
        return found;

        static void Read(JsonObject? node, FieldPath path, HashSet<FieldPath> found)
        {
            if (node is null || node.Count == 0)
            {
                if (path.Segments.Count > 0)
                {
                    found.Add(path);
                }

                return;
            }

            foreach (var (key, child) in node)
            {
                if (key == ".")
                {
                    found.Add(path);
                    continue;
                }

                Read(child as JsonObject, path.Child(key), found);
            }
        }
    }
}
