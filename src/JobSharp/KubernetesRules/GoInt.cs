namespace JobSharp.KubernetesRules;

/// <summary>Go's <c>strconv.Atoi</c> on a 64-bit platform: an optional sign, then decimal digits only.</summary>
internal static class GoInt
{
    public static bool TryAtoi(string text, out long value) => Parse(text, out value) is null;

    /// <summary>Parses like <c>strconv.Atoi</c>; returns null or Go's error text.</summary>
    public static string? Parse(string text, out long value)
    {
        value = 0;
        var digits = text.AsSpan();
        var negative = false;
        if (digits.Length > 0 && digits[0] is '+' or '-')
        {
            negative = digits[0] == '-';
            digits = digits[1..];
        }

        if (digits.Length == 0)
        {
            return Error(text, "invalid syntax");
        }

        ulong magnitude = 0;
        var overflow = false;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return Error(text, "invalid syntax");
            }

            if (magnitude > (ulong.MaxValue - 9) / 10)
            {
                overflow = true;
            }
            else
            {
                magnitude = (magnitude * 10) + (ulong)(c - '0');
            }
        }

        if (overflow || magnitude > (negative ? 9223372036854775808UL : long.MaxValue))
        {
            return Error(text, "value out of range");
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return null;
    }

    private static string Error(string text, string reason) =>
        $"strconv.Atoi: parsing {GoText.Echo(text)}: {reason}";
}
