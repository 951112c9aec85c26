using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JobSharp.Testing.Fakes.Selectors;

/// <summary>
/// A label selector as the API server reads <c>labelSelector</c>: requirements joined by commas, each
/// <c>key</c>, <c>!key</c>, <c>key=v</c>, <c>key==v</c>, <c>key!=v</c>, <c>key in (a,b)</c>, <c>key notin (a,b)</c>,
/// <c>key&gt;n</c> or <c>key&lt;n</c>. <c>!=</c> and <c>notin</c> also match objects without the label.
/// </summary>
public sealed partial class LabelSelector
{
    private readonly IReadOnlyList<Func<JsonObject?, bool>> requirements;

    private LabelSelector(IReadOnlyList<Func<JsonObject?, bool>> requirements) => this.requirements = requirements;

    /// <summary>Selects everything.</summary>
    public static LabelSelector Everything { get; } = new([]);

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with the server's wording.</summary>
    public static LabelSelector Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Everything;
        }

        var list = new List<Func<JsonObject?, bool>>();
        foreach (var part in SplitTopLevel(text))
        {
            list.Add(Requirement(part.Trim()));
        }

        return new LabelSelector(list);
    }

    /// <summary>Whether <paramref name="labels"/> (an object's <c>metadata.labels</c>, or null) match.</summary>
    public bool Matches(JsonObject? labels) => requirements.All(r => r(labels));

    private static Func<JsonObject?, bool> Requirement(string part)
    {
        if (part.Length == 0)
        {
            throw new FormatException("found '', expected: identifier");
        }

        if (SetPattern().Match(part) is { Success: true } set)
        {
            var key = Key(set.Groups["key"].Value);
            var values = set.Groups["values"].Value.Split(',').Select(v => Value(v.Trim())).ToHashSet(StringComparer.Ordinal);
            var notIn = set.Groups["op"].Value == "notin";
            return labels => Get(labels, key) is { } v ? values.Contains(v) != notIn : notIn;
        }

        if (part.StartsWith('!'))
        {
            var key = Key(part[1..].Trim());
            return labels => Get(labels, key) is null;
        }

        foreach (var op in (string[])["!=", "==", "=", ">", "<"])
        {
            var at = part.IndexOf(op, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var key = Key(part[..at].Trim());
            var value = Value(part[(at + op.Length)..].Trim());
            return op switch
            {
                "!=" => labels => Get(labels, key) != value,
                ">" or "<" => Compare(key, value, op == ">"),
                _ => labels => Get(labels, key) == value,
            };
        }

        var exists = Key(part);
        return labels => Get(labels, exists) is not null;
    }

    private static Func<JsonObject?, bool> Compare(string key, string value, bool greater)
    {
        if (!long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var limit))
        {
            throw new FormatException($"unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer");
        }

        return labels => long.TryParse(Get(labels, key), System.Globalization.CultureInfo.InvariantCulture, out var n) && (greater ? n > limit : n < limit);
    }

    private static string? Get(JsonObject? labels, string key) => labels?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Key(string key)
    {
        if (!KeyPattern().IsMatch(key))
        {
            throw new FormatException($"unable to parse requirement: <nil>: Invalid value: \"{key}\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
        }

        return key;
    }

    private static string Value(string value)
    {
        if (!ValuePattern().IsMatch(value))
        {
            throw new FormatException($"unable to parse requirement: values[0]: Invalid value: \"{value}\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
        }

        return value;
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return text[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..];
    }

    [GeneratedRegex(@"^(?<key>[^\s!=<>(),]+)\s+(?<op>in|notin)\s*\((?<values>[^()]*)\)$")]
    private static partial Regex SetPattern();

    [GeneratedRegex(@"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")]
    private static partial Regex ValuePattern();
}
