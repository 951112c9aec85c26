using System.Text.RegularExpressions;

namespace JobSharp.Rendering;

/// <summary>How a string scalar is written.</summary>
internal enum StringStyle
{
    /// <summary>Unquoted: every YAML 1.1 and 1.2 reader gets the same string back.</summary>
    Plain,

    /// <summary>Double-quoted, with escapes.</summary>
    DoubleQuoted,

    /// <summary>A literal block (<c>|</c>, <c>|-</c>, <c>|+</c>) for multi-line text.</summary>
    Literal,
}

/// <summary>
/// Chooses the style of a string scalar. A string is plain only when neither a YAML 1.1 reader (kubectl,
/// go-yaml v2) nor a YAML 1.2 reader would resolve it to anything but that same string, and when it has no
/// character that would end or change a plain scalar. Multi-line text is a literal block unless it holds
/// characters a block cannot carry; everything else is double-quoted.
/// </summary>
internal static partial class ScalarStyles
{
    public static StringStyle Choose(string value)
    {
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            return CanBeLiteral(value) ? StringStyle.Literal : StringStyle.DoubleQuoted;
        }

        return IsPlainSafe(value) ? StringStyle.Plain : StringStyle.DoubleQuoted;
    }

    /// <summary>True when <paramref name="value"/> can be written without quotes and read back unchanged.</summary>
    public static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || value.Length > 1024 || !HasOnlyPlainCharacters(value))
        {
            return false;
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || !StartsPlain(value))
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)
            || value.EndsWith(':'))
        {
            return false;
        }

        return !ResolvesToNonString().IsMatch(value);
    }

    private static bool StartsPlain(string value)
    {
        var first = value[0];
        switch (first)
        {
            case '-':
                // "-c" is plain; "-", "- x" and "---" are not.
                return value.Length > 1 && value[1] != ' ' && !value.StartsWith("---", StringComparison.Ordinal);
            case '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\''
                or '"' or '%' or '@' or '`':
                return false;
            default:
                return !value.StartsWith("...", StringComparison.Ordinal);
        }
    }

    private static bool HasOnlyPlainCharacters(string value)
    {
        foreach (var c in value)
        {
            if (c == '\t' || char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF' || c is '\u0085' or '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    private static bool CanBeLiteral(string value)
    {
        // Text of line breaks alone cannot be a block: its chomping would lose them.
        if (value.Contains('\r', StringComparison.Ordinal) || value.AsSpan().Trim('\n').IsEmpty)
        {
            return false;
        }

        foreach (var line in value.Split('\n'))
        {
            // Trailing spaces are kept by a literal block, but editors strip them and YAML emitters refuse them;
            // tabs and control characters need escapes.
            if (line.EndsWith(' ') || line.Contains('\t', StringComparison.Ordinal) || !HasOnlyPlainCharacters(line))
            {
                return false;
            }
        }

        return true;
    }

    // Everything a YAML 1.1 (type repository) or 1.2 (core and JSON schema) reader resolves to null, a bool,
    // an int, a float, a timestamp, a merge key or the value key. Anchored at both ends.
    [GeneratedRegex("""
        ^(?:
          ~|null|Null|NULL
        | y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
        | [-+]?0[bB][0-1_]+
        | [-+]?0[oO]?[0-7_]+
        | [-+]?[0-9][0-9_]*
        | [-+]?0[xX][0-9a-fA-F_]+
        | [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+
        | [-+]?(?:[0-9][0-9_]*)?\.[0-9_.]*(?:[eE][-+]?[0-9]+)?
        | [-+]?[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+
        | [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
        | [-+]?\.(?:inf|Inf|INF)
        | \.(?:nan|NaN|NAN)
        | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?
        | <<
        | =
        )$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ResolvesToNonString();
}
