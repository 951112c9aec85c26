using System.Globalization;

namespace JobSharp.Testing.Internal;

/// <summary>A line diff in unified format (<c>diff -u</c>): hunks with three lines of context.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    // Above this many cells the changed middle is shown as removed, then added, instead of a minimal diff.
    private const long MaxTableCells = 4_000_000;

    /// <summary>The hunks that turn <paramref name="before"/> into <paramref name="after"/>; empty when equal.</summary>
    /// <param name="before">The old lines.</param>
    /// <param name="after">The new lines.</param>
    /// <param name="beforeFirstLine">The 1-based line number of <paramref name="before"/>'s first line in its file.</param>
    /// <param name="afterFirstLine">The 1-based line number of <paramref name="after"/>'s first line in its file.</param>
    /// <returns>The hunk lines (<c>@@ ... @@</c> headers and the lines prefixed with space, <c>-</c> or <c>+</c>).</returns>
    public static IReadOnlyList<string> Hunks(IReadOnlyList<string> before, IReadOnlyList<string> after, int beforeFirstLine = 1, int afterFirstLine = 1)
    {
        var edits = Edits(before, after);
        var lines = new List<string>();
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Op == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from Context lines before this change to Context lines after the last change that is no more
            // than 2 * Context unchanged lines away from the one before it.
            var start = Math.Max(0, i - Context);
            var end = i;
            var unchanged = 0;
            for (var j = i; j < edits.Count; j++)
            {
                if (edits[j].Op == ' ')
                {
                    unchanged++;
                    if (unchanged > 2 * Context)
                    {
                        break;
                    }
                }
                else
                {
                    unchanged = 0;
                    end = j;
                }
            }

            end = Math.Min(edits.Count - 1, end + Context);
            var hunk = edits.GetRange(start, end - start + 1);
            var oldCount = hunk.Count(e => e.Op != '+');
            var newCount = hunk.Count(e => e.Op != '-');
            var oldStart = FirstLine(edits, start, e => e.Op != '+', e => e.Before) + beforeFirstLine;
            var newStart = FirstLine(edits, start, e => e.Op != '-', e => e.After) + afterFirstLine;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"@@ -{Range(oldCount == 0 ? oldStart - 1 : oldStart, oldCount)} +{Range(newCount == 0 ? newStart - 1 : newStart, newCount)} @@"));
            foreach (var edit in hunk)
            {
                lines.Add(edit.Op + (edit.Op == '+' ? after[edit.After] : before[edit.Before]));
            }

            i = end + 1;
        }

        return lines;
    }

    /// <summary>Splits text into lines without their line ends; a final line end does not start another line.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<string> Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static string Range(int start, int count) =>
        count == 1 ? start.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{start},{count}");

    // The 0-based index, in one of the two texts, of the first line at or after edits[start] that is in that text.
    private static int FirstLine(List<Edit> edits, int start, Func<Edit, bool> inText, Func<Edit, int> index)
    {
        for (var k = start; k < edits.Count; k++)
        {
            if (inText(edits[k]))
            {
                return index(edits[k]);
            }
        }

        // No line of that text in the hunk: the position after the last line before it.
        for (var k = start - 1; k >= 0; k--)
        {
            if (inText(edits[k]))
            {
                return index(edits[k]) + 1;
            }
        }

        return 0;
    }

    private static List<Edit> Edits(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && string.Equals(a[prefix], b[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix
            && string.Equals(a[a.Count - 1 - suffix], b[b.Count - 1 - suffix], StringComparison.Ordinal))
        {
            suffix++;
        }

        var edits = new List<Edit>(a.Count + b.Count);
        for (var k = 0; k < prefix; k++)
        {
            edits.Add(new Edit(' ', k, k));
        }

        Middle(a, b, prefix, a.Count - suffix, prefix, b.Count - suffix, edits);
        for (var k = suffix; k > 0; k--)
        {
            edits.Add(new Edit(' ', a.Count - k, b.Count - k));
        }

        return edits;
    }

    // A longest common subsequence of a[aStart..aEnd) and b[bStart..bEnd), removals before additions within a change.
    private static void Middle(IReadOnlyList<string> a, IReadOnlyList<string> b, int aStart, int aEnd, int bStart, int bEnd, List<Edit> edits)
    {
        int n = aEnd - aStart, m = bEnd - bStart;
        if ((long)n * m > MaxTableCells)
        {
            for (var k = aStart; k < aEnd; k++)
            {
                edits.Add(new Edit('-', k, -1));
            }

            for (var k = bStart; k < bEnd; k++)
            {
                edits.Add(new Edit('+', -1, k));
            }

            return;
        }

        // lcs[i, j]: the length of the longest common subsequence of a's lines from i and b's lines from j.
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[aStart + i], b[bStart + j], StringComparison.Ordinal)
                    ? lcs[i + 1, j + 1] + 1
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && string.Equals(a[aStart + x], b[bStart + y], StringComparison.Ordinal))
            {
                edits.Add(new Edit(' ', aStart + x, bStart + y));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                edits.Add(new Edit('-', aStart + x, -1));
                x++;
            }
            else
            {
                edits.Add(new Edit('+', -1, bStart + y));
                y++;
            }
        }
    }

    private readonly record struct Edit(char Op, int Before, int After);
}
