namespace JobSharp.Cluster.Tests;

public sealed class ExitCodeTests
{
    [Theory]
    [InlineData(JobOutcomeKind.Succeeded, 0)]
    [InlineData(JobOutcomeKind.Failed, 1)]
    [InlineData(JobOutcomeKind.Deleted, 2)]
    [InlineData(JobOutcomeKind.Error, 2)]
    [InlineData(JobOutcomeKind.TimedOut, 3)]
    public void For_Kind_Mapped(JobOutcomeKind kind, int expected) => Assert.Equal(expected, ClusterExitCodes.For(kind));

    [Theory]
    [InlineData(new[] { JobOutcomeKind.Succeeded, JobOutcomeKind.Succeeded }, 0)]
    [InlineData(new[] { JobOutcomeKind.Succeeded, JobOutcomeKind.Failed }, 1)]
    [InlineData(new[] { JobOutcomeKind.Failed, JobOutcomeKind.TimedOut }, 3)]
    [InlineData(new[] { JobOutcomeKind.TimedOut, JobOutcomeKind.Error, JobOutcomeKind.Failed }, 2)]
    [InlineData(new JobOutcomeKind[0], 0)]
    public void For_SeveralOutcomes_WorstWins(JobOutcomeKind[] kinds, int expected)
    {
        var outcomes = kinds.Select(k => new JobOutcome("j", "ns", k, null, null, null, []));

        Assert.Equal(expected, ClusterExitCodes.For(outcomes));
    }
}
