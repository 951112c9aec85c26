using System.Globalization;
using System.Text;

namespace JobSharp.Cluster;

/// <summary>A unified diff of two texts, line by line (longest common subsequence), with three lines of context.</summary>
internal static class LineDiff
{
    private const int Context = 3;

    /// <summary>The unified diff; empty when the texts are equal.</summary>
    /// <param name="before">The old text.</param>
    /// <param name="after">The new text.</param>
    /// <param name="header">The two header lines' labels.</param>
    /// <param name="marker">Gives a suffix for a changed line (old or new side, line index), or null for none.</param>
    public static string Unified(string before, string after, (string Old, string New) header, Func<bool, int, string?> marker)
    {
        var a = Lines(before);
        var b = Lines(after);
        var ops = Script(a, b);
        if (ops.All(o => o.Kind == ' '))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"--- {header.Old}\n+++ {header.New}\n");
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < ops.Count)
            {
                if (ops[end].Kind != ' ')
                {
                    end++;
                    continue;
                }

                var run = end;
                while (run < ops.Count && ops[run].Kind == ' ')
                {
                    run++;
                }

                if (run == ops.Count || run - end > 2 * Context)
                {
                    end = Math.Min(ops.Count, end + Context);
                    break;
                }

                end = run;
            }

            var hunk = ops.GetRange(start, end - start);
            var oldStart = hunk[0].OldIndex + 1;
            var newStart = hunk[0].NewIndex + 1;
            var oldCount = hunk.Count(o => o.Kind != '+');
            var newCount = hunk.Count(o => o.Kind != '-');
            text.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
            foreach (var op in hunk)
            {
                var line = op.Kind == '+' ? b[op.NewIndex] : a[op.OldIndex];
                var mark = op.Kind switch
                {
                    '-' => marker(false, op.OldIndex),
                    '+' => marker(true, op.NewIndex),
                    _ => null,
                };
                text.Append(op.Kind).Append(line).Append(mark).Append('\n');
            }

            i = end;
        }

        return text.ToString();
    }

    public static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');

    private static List<(char Kind, int OldIndex, int NewIndex)> Script(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var x = a.Length - 1; x >= 0; x--)
        {
            for (var y = b.Length - 1; y >= 0; y--)
            {
                lcs[x, y] = string.Equals(a[x], b[y], StringComparison.Ordinal) ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }

        var ops = new List<(char, int, int)>();
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && string.Equals(a[i], b[j], StringComparison.Ordinal))
            {
                ops.Add((' ', i++, j++));
            }
            else if (i < a.Length && (j == b.Length || lcs[i + 1, j] >= lcs[i, j + 1]))
            {
                ops.Add(('-', i++, j));
            }
            else
            {
                ops.Add(('+', i, j++));
            }
        }

        return ops;
    }
}
