using System.Globalization;
using System.Text;

namespace JobSharp.Cli.Import;

/// <summary>C# source text for literal values: strings (raw literals for scripts), numbers, durations, file modes.</summary>
internal static class CSharpText
{
    /// <summary>
    /// Marks a line of a multi-line literal: the renderer indents it to the column of the literal's opening quotes
    /// (<see cref="ImportRenderer"/>), so a template can place the literal anywhere.
    /// </summary>
    public const char AlignMark = '\u0001';

    /// <summary>A regular string literal: <c>"echo \"hi\""</c>.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' =>
                    string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// A script: a raw string literal over several lines when it has more than one line and nothing a raw literal
    /// cannot hold exactly (trailing spaces, which editors strip; control characters), a regular literal otherwise.
    /// </summary>
    public static string Text(string value)
    {
        var lines = value.Split('\n');
        if (lines.Length < 2 || !RawFits(lines))
        {
            return String(value);
        }

        var quotes = new string('"', Math.Max(3, LongestQuoteRun(value) + 1));
        var text = new StringBuilder(quotes);
        foreach (var line in lines[..^1])
        {
            text.Append('\n');
            if (line.Length > 0)
            {
                text.Append(AlignMark).Append(line);
            }
        }

        // A script ending with a newline keeps it as an empty last line; one without ends at its last line.
        if (lines[^1].Length > 0)
        {
            text.Append('\n').Append(AlignMark).Append(lines[^1]);
        }
        else
        {
            text.Append('\n');
        }

        return text.Append('\n').Append(AlignMark).Append(quotes).ToString();
    }

    /// <summary>An <c>int</c> or <c>long</c> literal.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A boolean literal.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A whole number of seconds as a <see cref="TimeSpan"/>: hours or minutes when it is a whole number of them.</summary>
    public static string Duration(long seconds) => seconds switch
    {
        > 0 when seconds % 3600 == 0 && seconds / 3600 <= int.MaxValue => $"TimeSpan.FromHours({Number(seconds / 3600)})",
        > 0 when seconds % 60 == 0 && seconds / 60 <= int.MaxValue => $"TimeSpan.FromMinutes({Number(seconds / 60)})",
        _ => $"TimeSpan.FromSeconds({Number(seconds)})",
    };

    /// <summary>A file mode as Kubernetes documents it, in octal: <c>Convert.ToInt32("0400", 8)</c>.</summary>
    public static string FileMode(int mode) =>
        mode is >= 0 and <= 511 ? $"Convert.ToInt32(\"0{Convert.ToString(mode, 8)}\", 8)" : Number(mode);

    /// <summary>Arguments joined with commas.</summary>
    public static string Join(params IEnumerable<string?> arguments) => string.Join(", ", arguments.Where(a => a is not null));

    private static bool RawFits(string[] lines) =>
        lines.All(line => line.Length == 0 || (line[^1] is not (' ' or '\t') && !line.Any(c => char.IsControl(c) && c != '\t')))
        && lines[0].Length > 0 && !lines.Any(line => line.Contains("\"\"\"\"\"\"\"\"", StringComparison.Ordinal));

    private static int LongestQuoteRun(string value)
    {
        int longest = 0, run = 0;
        foreach (var c in value)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
