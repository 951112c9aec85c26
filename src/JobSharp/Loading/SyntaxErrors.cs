using YamlDotNet.Core;

namespace JobSharp.Loading;

/// <summary>
/// Words and places for YamlDotNet's syntax errors; a tab in the indentation gets its own message at the tab, and a key
/// longer than YAML allows its own message at the key.
/// </summary>
internal static class SyntaxErrors
{
    public static (SourceLocation At, string Message) Describe(YamlException e, string text)
    {
        var at = YamlNode.At(e.Start);
        var index = e.Start.Index;
        var atTab = index >= 0 && index < text.Length && text[(int)index] == '\t';
        if ((atTab || e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase)) && IndentTab(text, at.Line) is { } tab)
        {
            return (tab, "a tab is used for indentation; YAML allows only spaces there");
        }

        if (LongKeys.Find(text, at.Line) is { } key)
        {
            return (key.At, string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"this key is {key.Length} characters long, and YAML allows at most {LongKeys.MaxLength} characters in a key written as key: value; use a shorter key"));
        }

        return (at, e.Message.Length == 0 ? "the text is not valid YAML" : "invalid YAML: " + e.Message);
    }

    /// <summary>The first tab in the indentation of a line at or after <paramref name="fromLine"/>.</summary>
    private static SourceLocation? IndentTab(string text, int fromLine)
    {
        var line = 1;
        var column = 1;
        var inIndent = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                inIndent = true;
                continue;
            }

            if (line >= fromLine && inIndent && c == '\t')
            {
                return new SourceLocation(line, column);
            }

            inIndent &= c is ' ' or '\t' or '-';
            column++;
        }

        return null;
    }
}
