namespace JobSharp.Loading;

/// <summary>
/// Finds a key too long for YAML on a line: a key written as <c>key: value</c> (an implicit key) may be at most 1024
/// characters long, and YamlDotNet's message for a longer one ("Mapping values are not allowed in this context", ...)
/// does not say so.
/// </summary>
internal static class LongKeys
{
    /// <summary>The longest implicit key YAML allows, from its first character to the colon.</summary>
    public const int MaxLength = 1024;

    /// <summary>Where the over-long key of line <paramref name="line"/> starts and how long it is, or null when it has none.</summary>
    public static (SourceLocation At, int Length)? Find(string text, int line)
    {
        var start = LineStart(text, line);
        if (start < 0)
        {
            return null;
        }

        var end = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
        var key = start;

        // Indentation and the dashes of list items come before the key.
        while (key < end && (text[key] == ' ' || (text[key] == '-' && key + 1 < end && text[key + 1] == ' ')))
        {
            key++;
        }

        var colon = ColonAfter(text, key, end);
        return colon - key > MaxLength ? (new SourceLocation(line, key - start + 1), colon - key) : null;
    }

    private static int LineStart(string text, int line)
    {
        var index = 0;
        for (var current = 1; current < line; current++)
        {
            index = text.IndexOf('\n', index) + 1;
            if (index == 0)
            {
                return -1;
            }
        }

        return index;
    }

    /// <summary>The index of the colon that ends the key at <paramref name="key"/> (quoted or plain), or -1.</summary>
    private static int ColonAfter(string text, int key, int end)
    {
        var from = key;
        if (key < end && text[key] is '"' or '\'')
        {
            from = QuoteEnd(text, key, end);
            if (from < 0)
            {
                return -1;
            }
        }

        for (var i = from; i < end; i++)
        {
            if (text[i] == ':' && (i + 1 == end || text[i + 1] is ' ' or '\t' or '\r'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index after the closing quote of the quoted scalar at <paramref name="open"/>, or -1.</summary>
    private static int QuoteEnd(string text, int open, int end)
    {
        var quote = text[open];
        for (var i = open + 1; i < end; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote && quote == '\'' && i + 1 < end && text[i + 1] == '\'')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i + 1;
            }
        }

        return -1;
    }
}
