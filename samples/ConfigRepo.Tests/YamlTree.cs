using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ConfigRepo.Tests;

/// <summary>
/// Compares a YAML node tree with the JSON an object serializes to, scalar by scalar, as a YAML reader that knows
/// nothing of Kubernetes would type it: a JSON string must be read as that string (a plain <c>5432</c> or <c>on</c>
/// would be a number or a boolean), a number or a boolean as a plain scalar of that value.
/// </summary>
internal static partial class YamlTree
{
    public static IReadOnlyList<string> Differences(JsonNode? expected, YamlNode actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, YamlNode actual, string path, List<string> differences)
    {
        switch (expected, actual)
        {
            case (JsonObject map, YamlMappingNode mapping):
                var keys = mapping.Children.Keys.Select(k => k is YamlScalarNode { Value: { } key } ? key : $"<{k.NodeType} key>").ToList();
                foreach (var missing in map.Select(p => p.Key).Except(keys, StringComparer.Ordinal))
                {
                    differences.Add($"{path}.{missing}: missing");
                }

                foreach (var extra in keys.Except(map.Select(p => p.Key), StringComparer.Ordinal))
                {
                    differences.Add($"{path}.{extra}: not in the object");
                }

                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && map.TryGetPropertyValue(name, out var child))
                    {
                        Compare(child, value, $"{path}.{name}", differences);
                    }
                }

                break;
            case (JsonArray list, YamlSequenceNode sequence):
                if (list.Count != sequence.Children.Count)
                {
                    differences.Add($"{path}: {sequence.Children.Count} items, the object has {list.Count}");
                }

                for (var i = 0; i < Math.Min(list.Count, sequence.Children.Count); i++)
                {
                    Compare(list[i], sequence.Children[i], $"{path}[{i}]", differences);
                }

                break;
            case (JsonValue value, YamlScalarNode scalar):
                if (ScalarDifference(value, scalar) is { } difference)
                {
                    differences.Add($"{path}: {difference}");
                }

                break;
            default:
                differences.Add($"{path}: a {actual.NodeType} where the object has {expected?.GetValueKind().ToString() ?? "null"}");
                break;
        }
    }

    private static string? ScalarDifference(JsonValue expected, YamlScalarNode actual)
    {
        var text = actual.Value ?? "";
        var plain = actual.Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (!actual.Tag.IsEmpty)
        {
            return $"tagged {actual.Tag}";
        }

        switch (expected.GetValueKind())
        {
            case JsonValueKind.String:
                var expectedText = expected.GetValue<string>();
                if (text != expectedText)
                {
                    return $"reads \"{text}\", the object has \"{expectedText}\"";
                }

                return plain && (text.Length == 0 || NotAString().IsMatch(text)) ? $"the string \"{text}\" is plain, so a YAML reader types it as a number, boolean, null or date" : null;
            case JsonValueKind.Number:
                return plain && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == expected.GetValue<decimal>()
                    ? null
                    : $"reads {Describe(actual)}, the object has the number {expected.ToJsonString()}";
            case JsonValueKind.True or JsonValueKind.False:
                return plain && text == expected.ToJsonString() ? null : $"reads {Describe(actual)}, the object has {expected.ToJsonString()}";
            default:
                return $"reads {Describe(actual)}, the object has {expected.GetValueKind()}";
        }
    }

    private static string Describe(YamlScalarNode scalar) => $"the {scalar.Style} scalar \"{scalar.Value}\"";

    // What a plain scalar means other than a string under YAML 1.2's core schema or YAML 1.1 (which go-yaml, hence
    // kubectl, follows): null, booleans including yes/no/on/off, integers in any base, floats, sexagesimals, dates.
    [GeneratedRegex("""
        ^(?:
          ~|null|Null|NULL|
          true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|
          [-+]?(?:0|[1-9][0-9_]*)|[-+]?0[0-7_]+|0o[0-7]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+|
          [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|
          [-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|
          [-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|
          [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[\x20\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[\x20\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?|
          <<|=
        )$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex NotAString();
}
