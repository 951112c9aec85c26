using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace JobSharp.Loading;

/// <summary>
/// Resolves scalars the way kubectl does (go-yaml v2, YAML 1.1): a plain scalar may be null, a boolean
/// (<c>yes</c>, <c>off</c>, ...), an integer (decimal, <c>0440</c> octal, <c>0x1F</c> hex, <c>0b101</c> binary,
/// underscores allowed) or a float (<c>1.5</c>, <c>1e3</c>, <c>.inf</c>); quoted and block scalars are strings.
/// Timestamps stay strings, as they do in kubectl's YAML-to-JSON conversion. The standard tags
/// (<c>!!str</c>, <c>!!int</c>, <c>!!float</c>, <c>!!bool</c>, <c>!!null</c>) and the non-specific <c>!</c> force a kind.
/// </summary>
internal static partial class Yaml11
{
    private const string TagPrefix = "tag:yaml.org,2002:";
    private const int MaxDigits = 100;

    /// <summary>Reads a scalar node; null when its tag is not one JobSharp reads or its text does not fit the tag.</summary>
    public static ScalarReading? Read(YamlNode node)
    {
        var text = node.Value;
        switch (node.Tag)
        {
            case "":
                return node.Style is ScalarStyle.Plain or ScalarStyle.Any ? Resolve(text) : new ScalarReading(ScalarKind.String, text);
            case "!" or TagPrefix + "str":
                return new ScalarReading(ScalarKind.String, text);
            case TagPrefix + "null":
                return new ScalarReading(ScalarKind.Null, text);
            case TagPrefix + "bool":
            case TagPrefix + "int":
            case TagPrefix + "float":
                var resolved = Resolve(text);
                var wanted = node.Tag[TagPrefix.Length..] switch
                {
                    "bool" => ScalarKind.Boolean,
                    "int" => ScalarKind.Integer,
                    _ => ScalarKind.Float,
                };
                return resolved.Kind == wanted || (wanted == ScalarKind.Float && resolved.Kind == ScalarKind.Integer)
                    ? resolved with { Kind = wanted }
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Resolves a plain scalar.</summary>
    public static ScalarReading Resolve(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return new ScalarReading(ScalarKind.Null, text);
            case "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "true" or "True" or "TRUE":
                return new ScalarReading(ScalarKind.Boolean, text, Boolean: true);
            case "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "false" or "False" or "FALSE":
                return new ScalarReading(ScalarKind.Boolean, text, Boolean: false);
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF" or ".nan" or ".NaN" or ".NAN":
                return new ScalarReading(ScalarKind.Float, text);
        }

        if (!"+-.0123456789".Contains(text[0], StringComparison.Ordinal))
        {
            return new ScalarReading(ScalarKind.String, text);
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (TryInteger(plain, out var integer))
        {
            return new ScalarReading(ScalarKind.Integer, text, Integer: integer);
        }

        return FloatPattern().IsMatch(plain)
            ? new ScalarReading(ScalarKind.Float, text)
            : new ScalarReading(ScalarKind.String, text);
    }

    /// <summary>Parses an integer as Go's <c>strconv.ParseInt(s, 0, 64)</c> would, in any size.</summary>
    private static bool TryInteger(string text, out BigInteger? value)
    {
        value = null;
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        var radix = 10;
        if (span.Length > 1 && span[0] == '0')
        {
            radix = char.ToLowerInvariant(span[1]) switch
            {
                'x' => 16,
                'b' => 2,
                _ => 8,
            };
            span = span[(char.ToLowerInvariant(span[1]) is 'x' or 'b' or 'o' ? 2 : 1)..];
        }

        if (span.Length == 0)
        {
            return false;
        }

        BigInteger result = 0;
        foreach (var c in span)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return false;
            }

            if (span.Length <= MaxDigits)
            {
                result = (result * radix) + digit;
            }
        }

        value = span.Length <= MaxDigits ? (negative ? -result : result) : null;
        return true;
    }

    /// <summary>The decimal text of an integer reading, for fields that keep text (quantities, int-or-string).</summary>
    public static string Decimal(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
