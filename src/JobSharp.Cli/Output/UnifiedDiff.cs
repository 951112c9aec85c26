using System.Text;

namespace JobSharp.Cli.Output;

/// <summary>A unified diff (<c>diff -u</c> style, three lines of context) of two texts, for drift reports.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    // Above this many line pairs the quadratic table is not worth it; the whole text is shown as replaced.
    private const long MaxCells = 16_000_000;

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        var edits = Edits(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');
        foreach (var hunk in Hunks(edits))
        {
            AppendHunk(output, edits, hunk.Start, hunk.End);
        }

        return output.ToString();
    }

    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static List<Edit> Edits(string[] a, string[] b)
    {
        if ((long)a.Length * b.Length > MaxCells)
        {
            return [.. a.Select(line => new Edit('-', line)), .. b.Select(line => new Edit('+', line))];
        }

        // Longest common subsequence, filled from the end so the walk below goes forwards.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<Edit>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add(new Edit(' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                edits.Add(new Edit('-', a[x++]));
            }
            else
            {
                edits.Add(new Edit('+', b[y++]));
            }
        }

        return edits;
    }

    private static IEnumerable<(int Start, int End)> Hunks(List<Edit> edits)
    {
        var start = -1;
        var end = -1;
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Op == ' ')
            {
                continue;
            }

            var from = Math.Max(0, i - Context);
            var to = Math.Min(edits.Count, i + Context + 1);
            if (start >= 0 && from <= end)
            {
                end = to;
                continue;
            }

            if (start >= 0)
            {
                yield return (start, end);
            }

            (start, end) = (from, to);
        }

        if (start >= 0)
        {
            yield return (start, end);
        }
    }

    private static void AppendHunk(StringBuilder output, List<Edit> edits, int start, int end)
    {
        int oldLine = 1, newLine = 1;
        for (var i = 0; i < start; i++)
        {
            oldLine += edits[i].Op == '+' ? 0 : 1;
            newLine += edits[i].Op == '-' ? 0 : 1;
        }

        var span = edits.GetRange(start, end - start);
        var oldCount = span.Count(e => e.Op != '+');
        var newCount = span.Count(e => e.Op != '-');
        output.Append("@@ -").Append(Range(oldLine, oldCount)).Append(" +").Append(Range(newLine, newCount)).Append(" @@\n");
        foreach (var edit in span)
        {
            output.Append(edit.Op).Append(edit.Line).Append('\n');
        }
    }

    private static string Range(int line, int count) => count switch
    {
        0 => $"{line - 1},0",
        1 => $"{line}",
        _ => $"{line},{count}",
    };

    private readonly record struct Edit(char Op, string Line);
}
