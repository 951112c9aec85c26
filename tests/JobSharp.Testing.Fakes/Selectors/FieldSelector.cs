using System.Text;
using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes.Selectors;

/// <summary>
/// A field selector as the API server reads <c>fieldSelector</c>: terms joined by commas, each <c>field=v</c>,
/// <c>field==v</c> or <c>field!=v</c> (<c>\</c> escapes <c>,</c>, <c>=</c>, <c>!</c> and itself), on the fields the
/// resource supports: <c>metadata.name</c> and <c>metadata.namespace</c> everywhere, and the resource's own
/// (<see cref="Supported"/>).
/// </summary>
public sealed class FieldSelector
{
    private static readonly string[] Common = ["metadata.name", "metadata.namespace"];

    private static readonly Dictionary<string, string[]> Fields = new(StringComparer.Ordinal)
    {
        ["pods"] = ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork",
            "status.phase", "status.podIP", "status.nominatedNodeName"],
        ["jobs"] = ["status.successful"],
        ["namespaces"] = ["status.phase"],
        ["events"] = ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
            "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
            "reportingComponent", "source", "type"],
    };

    private readonly IReadOnlyList<(string Field, string Value, bool Equal)> terms;

    private FieldSelector(IReadOnlyList<(string Field, string Value, bool Equal)> terms) => this.terms = terms;

    /// <summary>Selects everything.</summary>
    public static FieldSelector Everything { get; } = new([]);

    /// <summary>The value the selector requires for <paramref name="field"/> (<c>field=v</c>), if any.</summary>
    public string? Required(string field) => terms.FirstOrDefault(t => t.Field == field && t.Equal).Value;

    /// <summary>The fields <paramref name="plural"/> can be selected by.</summary>
    public static IEnumerable<string> Supported(string plural) => Common.Concat(Fields.GetValueOrDefault(plural) ?? []);

    /// <summary>Parses <paramref name="text"/> for <paramref name="plural"/>; throws <see cref="FormatException"/> with the server's wording.</summary>
    public static FieldSelector Parse(string? text, string plural)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        var list = new List<(string, string, bool)>();
        foreach (var term in Split(text, ','))
        {
            var (field, value, equal) = Term(term);
            if (!Supported(plural).Contains(field, StringComparer.Ordinal))
            {
                throw new FormatException($"field label not supported: {field}");
            }

            list.Add((field, value, equal));
        }

        return new FieldSelector(list);
    }

    /// <summary>Whether <paramref name="item"/> matches.</summary>
    public bool Matches(JsonObject item) => terms.All(t => (ValueOf(item, t.Field) == t.Value) == t.Equal);

    private static string ValueOf(JsonObject item, string field)
    {
        JsonNode? node = item;
        if (field == "source")
        {
            node = item["source"]?["component"];
        }
        else
        {
            foreach (var part in field.Split('.'))
            {
                node = (node as JsonObject)?[part];
            }
        }

        return node switch
        {
            null => field is "spec.hostNetwork" ? "false" : field is "status.successful" ? "0" : string.Empty,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => node.ToJsonString(),
        };
    }

    private static (string Field, string Value, bool Equal) Term(string term)
    {
        foreach (var op in (string[])["!=", "==", "="])
        {
            var at = UnescapedIndex(term, op);
            if (at >= 0)
            {
                return (term[..at].Trim(), Unescape(term[(at + op.Length)..]), op != "!=");
            }
        }

        throw new FormatException($"invalid selector: '{term}'; can't understand '{term}'");
    }

    private static int UnescapedIndex(string text, string op)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, op, 0, op.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string text)
    {
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }

    private static IEnumerable<string> Split(string text, char separator)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == separator)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
