using System.Text.Json.Nodes;
using JobSharp.Testing.Fakes.Apply;

namespace JobSharp.Testing.Fakes;

/// <summary>The patch formats other than apply: JSON merge patch (RFC 7386), strategic merge patch, JSON patch (RFC 6902).</summary>
internal static class FakePatch
{
    /// <summary>RFC 7386: objects merge key by key, <c>null</c> removes, everything else (lists too) replaces.</summary>
    public static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject p)
        {
            return patch?.DeepClone();
        }

        var t = target as JsonObject ?? [];
        foreach (var (key, value) in p)
        {
            if (value is null)
            {
                t.Remove(key);
            }
            else
            {
                t[key] = Merge(t[key]?.DeepClone(), value);
            }
        }

        return t;
    }

    /// <summary>
    /// Strategic merge patch: as a merge patch, but lists the schema keys (containers and env by name, ...) merge item
    /// by item, and an item with <c>"$patch": "delete"</c> removes the item with its key.
    /// </summary>
    public static JsonNode? Strategic(JsonNode? target, JsonNode? patch, string name = "")
    {
        switch (patch)
        {
            case JsonObject p:
                var into = target as JsonObject ?? [];
                foreach (var (key, value) in p)
                {
                    if (key.StartsWith('$'))
                    {
                        continue;
                    }

                    if (value is null)
                    {
                        into.Remove(key);
                    }
                    else
                    {
                        into[key] = Strategic(into[key]?.DeepClone(), value, key);
                    }
                }

                return into;
            case JsonArray p when target is JsonArray t && FieldSchema.KeysOf(name, p) is { } keys:
                foreach (var item in p.OfType<JsonObject>())
                {
                    var segment = FieldSchema.ItemSegment(item, keys);
                    var index = t.Select((x, i) => (x, i)).FirstOrDefault(e => e.x is JsonObject o && FieldSchema.ItemSegment(o, keys) == segment, (null, -1)).Item2;
                    if (item["$patch"]?.ToString() == "delete")
                    {
                        if (index >= 0)
                        {
                            t.RemoveAt(index);
                        }
                    }
                    else if (index >= 0)
                    {
                        t[index] = Strategic(t[index]!.DeepClone(), item, name);
                    }
                    else
                    {
                        t.Add(Strategic(null, item, name));
                    }
                }

                return t;
            default:
                return patch?.DeepClone();
        }
    }

    /// <summary>RFC 6902 with <c>add</c>, <c>remove</c>, <c>replace</c> and <c>test</c>.</summary>
    public static JsonNode? Json(JsonNode? target, JsonNode? patch)
    {
        foreach (var op in (patch as JsonArray ?? throw new FormatException("a JSON patch must be a list of operations")).OfType<JsonObject>())
        {
            var path = op["path"]?.ToString() ?? throw new FormatException("a JSON patch operation needs a path");
            var parts = path.Split('/').Skip(1).Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
            var parent = target;
            foreach (var part in parts.Take(parts.Count - 1))
            {
                parent = parent switch
                {
                    JsonObject o => o[part],
                    JsonArray a when int.TryParse(part, out var i) && i < a.Count => a[i],
                    _ => null,
                } ?? throw new FormatException($"jsonpatch: path {path} does not exist");
            }

            var last = parts[^1];
            var value = op["value"]?.DeepClone();
            switch (op["op"]?.ToString(), parent)
            {
                case ("add" or "replace", JsonObject o):
                    o[last] = value;
                    break;
                case ("add", JsonArray a):
                    a.Insert(last == "-" ? a.Count : int.Parse(last, System.Globalization.CultureInfo.InvariantCulture), value);
                    break;
                case ("replace", JsonArray a):
                    a[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
                    break;
                case ("remove", JsonObject o):
                    o.Remove(last);
                    break;
                case ("remove", JsonArray a):
                    a.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case ("test", JsonObject o) when !JsonNode.DeepEquals(o[last], value):
                    throw new FormatException($"testing value {path} failed: test failed");
                case ("test", _):
                    break;
                default:
                    throw new FormatException($"Unexpected kind: {op["op"]}");
            }
        }

        return target;
    }
}
