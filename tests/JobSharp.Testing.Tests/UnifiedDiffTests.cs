using JobSharp.Testing.Internal;

namespace JobSharp.Testing.Tests;

/// <summary>The diff in the mismatch message reads like <c>diff -u</c>.</summary>
public sealed class UnifiedDiffTests
{
    [Fact]
    public void Hunks_EqualLines_None() =>
        Assert.Empty(UnifiedDiff.Hunks(["a", "b"], ["a", "b"]));

    [Fact]
    public void Hunks_OneChange_ThreeLinesOfContextAndDiffUHeader()
    {
        string[] before = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
        string[] after = ["1", "2", "3", "4", "five", "6", "7", "8", "9"];

        Assert.Equal(["@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8"], UnifiedDiff.Hunks(before, after));
    }

    [Fact]
    public void Hunks_FarApartChanges_TwoHunks_LinesOffsetIntoTheFile()
    {
        string[] before = ["a", "1", "2", "3", "4", "5", "6", "7", "8", "b"];
        string[] after = ["A", "1", "2", "3", "4", "5", "6", "7", "8", "B"];

        var hunks = UnifiedDiff.Hunks(before, after, beforeFirstLine: 11, afterFirstLine: 21);

        Assert.Equal(["@@ -11,4 +21,4 @@", "-a", "+A", " 1", " 2", " 3", "@@ -17,4 +27,4 @@", " 6", " 7", " 8", "-b", "+B"], hunks);
    }

    [Fact]
    public void Hunks_AllNew_StartsAfterLineZero() =>
        Assert.Equal(["@@ -0,0 +1,2 @@", "+x", "+y"], UnifiedDiff.Hunks([], ["x", "y"]));

    [Fact]
    public void Hunks_Insertion_KeepsTheUnchangedLines() =>
        Assert.Equal(["@@ -1,2 +1,3 @@", " a", "+new", " b"], UnifiedDiff.Hunks(["a", "b"], ["a", "new", "b"]));
}
