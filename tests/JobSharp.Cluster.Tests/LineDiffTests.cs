using CsCheck;

namespace JobSharp.Cluster.Tests;

public sealed class LineDiffTests
{
    private static readonly (string, string) Header = ("a", "b");

    [Fact]
    public void Unified_EqualTexts_Empty() =>
        Assert.Equal(string.Empty, LineDiff.Unified("x\ny\n", "x\ny\n", Header, (_, _) => null));

    [Fact]
    public void Unified_ChangesFarApart_TwoHunksWithContext()
    {
        var before = string.Concat(Enumerable.Range(1, 20).Select(i => $"line {i}\n"));
        var after = before.Replace("line 2\n", "line two\n", StringComparison.Ordinal).Replace("line 19\n", "line nineteen\n", StringComparison.Ordinal);

        var diff = LineDiff.Unified(before, after, Header, (_, _) => null);

        Assert.Equal(
            "--- a\n+++ b\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n"
            + "@@ -16,5 +16,5 @@\n line 16\n line 17\n line 18\n-line 19\n+line nineteen\n line 20\n",
            diff);
    }

    [Fact]
    public void Unified_AnyTwoTexts_KeepsEveryOldAndNewLineInOrder()
    {
        var lines = Gen.Int[0, 4].Select(i => $"l{i}").Array[0, 12];
        Gen.Select(lines, lines).Sample((a, b) =>
        {
            var before = string.Concat(a.Select(l => l + "\n"));
            var after = string.Concat(b.Select(l => l + "\n"));
            var body = LineDiff.Lines(LineDiff.Unified(before, after, Header, (_, _) => null)).Where(l => !l.StartsWith("@@", StringComparison.Ordinal)).Skip(2).ToList();
            if (before == after)
            {
                return body.Count == 0;
            }

            // Context and removed lines form subsequences of the old text; context and added lines of the new.
            var old = body.Where(l => l[0] != '+').Select(l => l[1..]).ToList();
            var fresh = body.Where(l => l[0] != '-').Select(l => l[1..]).ToList();
            return IsSubsequence(old, a) && IsSubsequence(fresh, b)
                && body.Count(l => l[0] == '-') + body.Count(l => l[0] == ' ') <= a.Length;
        });
    }

    private static bool IsSubsequence(List<string> part, string[] whole)
    {
        var i = 0;
        foreach (var line in whole)
        {
            if (i < part.Count && part[i] == line)
            {
                i++;
            }
        }

        return i == part.Count;
    }
}
