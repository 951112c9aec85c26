using System.Globalization;
using System.Text;

namespace JobSharp.KubernetesRules;

/// <summary>A port of Go's <c>time.ParseDuration</c> error checks, for <c>@every</c> schedules.</summary>
internal static class GoDuration
{
    private static readonly Dictionary<string, ulong> Units = new(StringComparer.Ordinal)
    {
        ["ns"] = 1,
        ["us"] = 1_000,
        ["\u00b5s"] = 1_000,
        ["\u03bcs"] = 1_000,
        ["ms"] = 1_000_000,
        ["s"] = 1_000_000_000,
        ["m"] = 60_000_000_000,
        ["h"] = 3_600_000_000_000,
    };

    /// <summary>Returns null when <paramref name="text"/> is a Go duration, else Go's error text.</summary>
    public static string? Validate(string text)
    {
        var invalid = "time: invalid duration " + Quote(text);
        var s = text;
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s == "0")
        {
            return null;
        }

        if (s.Length == 0)
        {
            return invalid;
        }

        ulong total = 0;
        while (s.Length > 0)
        {
            if (!(s[0] == '.' || char.IsAsciiDigit(s[0])))
            {
                return invalid;
            }

            var start = s.Length;
            if (!LeadingInt(ref s, out var whole))
            {
                return invalid;
            }

            var pre = start != s.Length;
            var post = false;
            ulong fraction = 0;
            double scale = 1;
            if (s.Length > 0 && s[0] == '.')
            {
                s = s[1..];
                var before = s.Length;
                LeadingFraction(ref s, out fraction, out scale);
                post = before != s.Length;
            }

            if (!pre && !post)
            {
                return invalid;
            }

            var unitLength = 0;
            while (unitLength < s.Length && s[unitLength] != '.' && !char.IsAsciiDigit(s[unitLength]))
            {
                unitLength++;
            }

            if (unitLength == 0)
            {
                return "time: missing unit in duration " + Quote(text);
            }

            var unitText = s[..unitLength];
            s = s[unitLength..];
            if (!Units.TryGetValue(unitText, out var unit))
            {
                return "time: unknown unit " + Quote(unitText) + " in duration " + Quote(text);
            }

            if (whole > (1UL << 63) / unit)
            {
                return invalid;
            }

            whole *= unit;
            if (fraction > 0)
            {
                whole += (ulong)(fraction * (unit / scale));
                if (whole > 1UL << 63)
                {
                    return invalid;
                }
            }

            total += whole;
            if (total > 1UL << 63)
            {
                return invalid;
            }
        }

        return !negative && total > long.MaxValue ? invalid : null;
    }

    private static bool LeadingInt(ref string s, out ulong value)
    {
        value = 0;
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (value > (1UL << 63) / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(s[i] - '0');
            if (value > 1UL << 63)
            {
                return false;
            }
        }

        s = s[i..];
        return true;
    }

    private static void LeadingFraction(ref string s, out ulong value, out double scale)
    {
        value = 0;
        scale = 1;
        var overflow = false;
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (overflow)
            {
                continue;
            }

            if (value > (long.MaxValue - 9) / 10)
            {
                overflow = true;
                continue;
            }

            value = (value * 10) + (ulong)(s[i] - '0');
            scale *= 10;
        }

        s = s[i..];
    }

    /// <summary>Go's <c>time.quote</c>: non-ASCII and control characters as <c>\x</c> escapes of their UTF-8 bytes.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is < ' ' or >= 0x80)
            {
                var count = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..count])
                {
                    builder.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                if (rune.Value is '"' or '\\')
                {
                    builder.Append('\\');
                }

                builder.Append((char)rune.Value);
            }
        }

        return builder.Append('"').ToString();
    }
}
