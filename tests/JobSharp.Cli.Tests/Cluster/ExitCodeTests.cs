using JobSharp.Cluster;

namespace JobSharp.Cli.Tests.Cluster;

public sealed class ExitCodeTests
{
    [Theory]
    [InlineData(JobOutcomeKind.Succeeded, 0)]
    [InlineData(JobOutcomeKind.Failed, 1)]
    [InlineData(JobOutcomeKind.Deleted, 2)]
    [InlineData(JobOutcomeKind.Error, 2)]
    [InlineData(JobOutcomeKind.TimedOut, 3)]
    public void For_Kind_Mapped(JobOutcomeKind kind, int expected) => Assert.Equal(expected, ExitCodes.For(kind));

    [Theory]
    [InlineData(new[] { 0, 0 }, 0)]
    [InlineData(new[] { 0, 1 }, 1)]
    [InlineData(new[] { 1, 3 }, 3)]
    [InlineData(new[] { 3, 1 }, 3)]
    [InlineData(new[] { 3, 2, 1 }, 2)]
    [InlineData(new[] { 2, 3 }, 2)]
    [InlineData(new[] { 1, 0 }, 1)]
    [InlineData(new int[0], 0)]
    public void Worst_SeveralCodes_UnknownOutranksTimeoutOutranksFailure(int[] codes, int expected) =>
        Assert.Equal(expected, ExitCodes.Worst(codes));

    [Fact]
    public void Worst_ClusterErrorAndTimeout_ClusterErrorWinsWhicheverComesFirst()
    {
        Assert.Equal(ExitCodes.UsageOrIoError, ExitCodes.Worst(ExitCodes.TimedOut, ExitCodes.UsageOrIoError));
        Assert.Equal(ExitCodes.UsageOrIoError, ExitCodes.Worst(ExitCodes.UsageOrIoError, ExitCodes.TimedOut));
    }
}
