using JobSharp.Validation.Rules;

namespace JobSharp.Tests.Validation;

public sealed class IndexIntervalsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("0", 1)]
    [InlineData("0-4", 5)]
    [InlineData("1,3-5,9", 5)]
    public void Count_ValidList_CountsIndexes(string text, long expected)
    {
        Assert.Null(IndexIntervals.Count(text, 10, out var total));
        Assert.Equal(expected, total);
    }

    [Theory]
    [InlineData("1-2-3", "the fragment \"1-2-3\" violates the requirement that an index interval can have at most two parts separated by '-'")]
    [InlineData("a", "cannot convert string to integer for index: \"a\"")]
    [InlineData("1-b", "cannot convert string to integer for index: \"b\"")]
    [InlineData("10", "too large index: \"10\"")]
    [InlineData("3,2", "non-increasing order, previous: 3, current: 2")]
    [InlineData("4-4", "non-increasing order, previous: 4, current: 4")]
    [InlineData("1,", "cannot convert string to integer for index: \"\"")]
    [InlineData("5,1-a", "cannot convert string to integer for index: \"a\"")]
    [InlineData("3,2-1", "non-increasing order, previous: 2, current: 1")]
    [InlineData("0-3,3", "non-increasing order, previous: 3, current: 3")]
    public void Count_BadList_ReturnsTheServerText(string text, string expected)
    {
        Assert.Equal(expected, IndexIntervals.Count(text, 10, out var total));
        Assert.Equal(0, total);
    }
}
