namespace JobSharp.Loading;

/// <summary>
/// Recognises UTF-16 and UTF-32 input, so that it is named as such rather than reported as NUL characters: by its
/// byte order mark, or by the NULs that ASCII text has in those encodings (<c>a\0p\0</c>, <c>a\0\0\0p\0\0\0</c>), also
/// when the bytes were decoded as single-byte text.
/// </summary>
internal static class WideEncoding
{
    /// <summary>How many code units at the start are looked at.</summary>
    private const int Window = 32;

    /// <summary><c>UTF-16</c> or <c>UTF-32</c> when the bytes are text in one of them, otherwise null.</summary>
    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16";
        }

        Span<char> start = stackalloc char[Math.Min(bytes.Length, Window)];
        for (var i = 0; i < start.Length; i++)
        {
            start[i] = (char)bytes[i];
        }

        return FromNuls(start);
    }

    /// <summary>
    /// <c>UTF-16</c> or <c>UTF-32</c> when the text is such bytes decoded one byte a character (as Latin-1, or as
    /// UTF-8 with replacement characters), a byte order mark included; otherwise null.
    /// </summary>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        // A byte order mark read that way is up to four characters of ÿ, þ, U+FFFD and NUL.
        var mark = 0;
        while (mark < 4 && mark < text.Length && text[mark] is '\u00FF' or '\u00FE' or '\uFFFD' or '\0')
        {
            mark++;
        }

        return FromNuls(text[..Math.Min(text.Length, Window)]) ?? FromNuls(text[mark..Math.Min(text.Length, mark + Window)]);
    }

    /// <summary>The encoding in which every character of <paramref name="units"/> is one ASCII-like unit and NULs.</summary>
    private static string? FromNuls(ReadOnlySpan<char> units) =>
        Repeats(units, 4) ? "UTF-32" : Repeats(units, 2) ? "UTF-16" : null;

    /// <summary>
    /// Whether, in at least two whole groups of <paramref name="width"/> units, one position of each group is never
    /// NUL and all others always are.
    /// </summary>
    private static bool Repeats(ReadOnlySpan<char> units, int width)
    {
        var length = units.Length - (units.Length % width);
        if (length < 2 * width)
        {
            return false;
        }

        for (var data = 0; data < width; data++)
        {
            var matches = true;
            for (var i = 0; i < length && matches; i++)
            {
                matches = (units[i] == '\0') == (i % width != data);
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }
}
