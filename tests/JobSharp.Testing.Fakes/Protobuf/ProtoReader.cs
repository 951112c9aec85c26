using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes.Protobuf;

/// <summary>
/// Reads a Kubernetes protobuf body (<c>application/vnd.kubernetes.protobuf</c>: the magic <c>k8s\0</c>, then a
/// runtime.Unknown carrying the kind and the object's bytes) into the JSON the API would have sent, for the kinds and
/// fields of <see cref="ProtoSchema"/>. kubectl's typed commands (<c>create job --from=cronjob/...</c>) send this.
/// </summary>
internal static class ProtoReader
{
    private static readonly byte[] Magic = [0x6b, 0x38, 0x73, 0x00];

    /// <summary>Go fields that are no pointers: protobuf always carries them, JSON leaves them out when zero.</summary>
    private static readonly HashSet<string> OmitZero = new(StringComparer.Ordinal)
    {
        "generation", "stdin", "stdinOnce", "tty", "readOnly", "hostNetwork", "hostPID", "hostIPC", "hostPort",
        "initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold",
    };

    private static readonly Dictionary<string, Dictionary<int, Field>> Schema = ProtoSchema.Messages.ToDictionary(
        m => m.Key,
        m => m.Value.Split(';').Select(Field.Parse).ToDictionary(f => f.Number),
        StringComparer.Ordinal);

    /// <summary>The object in <paramref name="body"/>; throws <see cref="FormatException"/> for what it cannot read.</summary>
    public static JsonObject Read(byte[] body)
    {
        if (body.Length < 4 || !body.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw new FormatException("the protobuf body does not start with the Kubernetes magic number");
        }

        var unknown = Message(body.AsMemory(4), "Unknown");
        var kind = unknown["typeMeta"]?["kind"]?.ToString() ?? throw new FormatException("the protobuf body names no kind");
        var raw = Convert.FromBase64String(unknown["raw"]?.ToString() ?? string.Empty);
        if (!Schema.ContainsKey(kind))
        {
            throw new FormatException($"the fake API server cannot read a {kind} sent as protobuf; send JSON");
        }

        var obj = new JsonObject
        {
            ["apiVersion"] = unknown["typeMeta"]?["apiVersion"]?.DeepClone(),
            ["kind"] = kind,
        };
        foreach (var (key, value) in Message(raw, kind))
        {
            obj[key] = value?.DeepClone();
        }

        return obj;
    }

    private static JsonObject Message(ReadOnlyMemory<byte> bytes, string type)
    {
        var fields = Schema[type];
        var result = new JsonObject();
        var at = 0;
        var span = bytes.Span;
        while (at < span.Length)
        {
            var tag = Varint(span, ref at);
            var number = (int)(tag >> 3);
            var wire = (int)(tag & 7);
            if (!fields.TryGetValue(number, out var field))
            {
                throw new FormatException($"the fake API server cannot read protobuf field {number} of {type}; send JSON");
            }

            JsonNode? value;
            if (wire == 0)
            {
                var n = Varint(span, ref at);
                value = field.Type switch
                {
                    "bool" => JsonValue.Create(n != 0),
                    "int32" => JsonValue.Create((int)n),
                    _ => JsonValue.Create((long)n),
                };
            }
            else if (wire == 2)
            {
                var length = (int)Varint(span, ref at);
                var chunk = bytes.Slice(at, length);
                at += length;
                if (field.Repeated && field.Type is "int32" or "int64")
                {
                    var inner = 0;
                    while (inner < chunk.Length)
                    {
                        Add(result, field, JsonValue.Create((long)Varint(chunk.Span, ref inner)));
                    }

                    continue;
                }

                if (field.Type == "skip")
                {
                    continue;
                }

                value = Value(chunk, field.Type);
            }
            else
            {
                throw new FormatException($"the fake API server cannot read protobuf wire type {wire} (field {number} of {type})");
            }

            if (field.Inline && value is JsonObject inlined)
            {
                foreach (var (key, child) in inlined.ToList())
                {
                    inlined.Remove(key);
                    result[key] = child;
                }
            }
            else if (field.Type is "map" or "qmap" && value is JsonObject entry)
            {
                var map = result[field.Name] as JsonObject ?? [];
                result[field.Name] = map;
                map[entry["k"]?.ToString() ?? string.Empty] = entry["v"]?.DeepClone();
            }
            else if (!IsZero(field, value))
            {
                Add(result, field, value);
            }
        }

        return result;
    }

    /// <summary>Whether JSON would leave the value out: an empty string, a zero time, or a zero or false non-pointer field.</summary>
    private static bool IsZero(Field field, JsonNode? value) =>
        !field.Repeated && value switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0 || (field.Type == "Time" && s.StartsWith("1970-01-01T00:00:00", StringComparison.Ordinal)),
            JsonValue v when v.TryGetValue<bool>(out var b) => !b && OmitZero.Contains(field.Name),
            JsonValue v when v.TryGetValue<long>(out var n) => n == 0 && OmitZero.Contains(field.Name),
            JsonValue v when v.TryGetValue<int>(out var i) => i == 0 && OmitZero.Contains(field.Name),
            _ => false,
        };

    private static void Add(JsonObject result, Field field, JsonNode? value)
    {
        if (!field.Repeated)
        {
            result[field.Name] = value;
            return;
        }

        var list = result[field.Name] as JsonArray ?? [];
        result[field.Name] = list;
        list.Add(value);
    }

    private static JsonNode? Value(ReadOnlyMemory<byte> chunk, string type)
    {
        switch (type)
        {
            case "string":
                return JsonValue.Create(Encoding.UTF8.GetString(chunk.Span));
            case "bytes":
                return JsonValue.Create(Convert.ToBase64String(chunk.Span));
            case "Quantity":
                return Message(chunk, "Quantity")["string"]?.DeepClone();
            case "map" or "qmap":
                var entry = Message(chunk, type == "map" ? "MapEntry" : "QuantityMapEntry");
                return new JsonObject { ["k"] = entry["key"]?.DeepClone(), ["v"] = entry["value"]?.DeepClone() };
            case "Time":
                var time = Message(chunk, "Time");
                var seconds = time["seconds"]?.GetValue<long>() ?? 0;
                return JsonValue.Create(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            case "IntOrString":
                var both = Message(chunk, "IntOrString");
                return both["type"]?.GetValue<long>() == 1 ? both["strVal"]?.DeepClone() : JsonValue.Create((int)(both["intVal"]?.GetValue<long>() ?? 0));
            default:
                return Message(chunk, type);
        }
    }

    private static ulong Varint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= span.Length)
            {
                throw new FormatException("a protobuf varint runs past the end of the body");
            }

            var b = span[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("a protobuf varint is too long");
    }

    private sealed record Field(string Name, int Number, string Type, bool Repeated, bool Inline)
    {
        public static Field Parse(string text)
        {
            var inline = text.StartsWith('^');
            var (name, rest) = (text.TrimStart('^').Split('=')[0], text.Split('=')[1]);
            var (number, type) = (int.Parse(rest.Split(':')[0], CultureInfo.InvariantCulture), rest.Split(':')[1]);
            return new Field(name, number, type.TrimEnd('*'), type.EndsWith('*'), inline);
        }
    }
}
