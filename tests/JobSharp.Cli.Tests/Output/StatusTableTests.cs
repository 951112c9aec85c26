using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Tests.Output;

public sealed class StatusTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(75, "1m15s")]
    [InlineData(1800, "30m")]
    [InlineData(7500, "2h5m")]
    [InlineData(180000, "2d2h")]
    public void Age_Durations_KubectlStyle(int seconds, string expected) =>
        Assert.Equal(expected, StatusTable.Age(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Write_JobsThenPods_InAlignedColumns()
    {
        var pod = new PodStatusRow("done-x7k2p", null, "0/1", "Error", 0, Now.AddMinutes(-5));
        var rows = new[]
        {
            new JobStatusRow("done", "Failed", "BackoffLimitExceeded", "0/1", new JobProgress("done", 0, 0, 1), Now.AddMinutes(-5), Now.AddMinutes(-4), Now.AddMinutes(-5), [pod]),
        };
        using var table = new StringWriter { NewLine = "\n" };

        StatusTable.Write(table, rows, Now);

        var lines = table.ToString().Split('\n');
        Assert.StartsWith("NAME ", lines[0], StringComparison.Ordinal);
        Assert.Contains("Failed (BackoffLimitExceeded)", lines[1], StringComparison.Ordinal);
        Assert.Equal(lines[0].IndexOf("STATUS", StringComparison.Ordinal), lines[1].IndexOf("Failed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("done-x7k2p ", StringComparison.Ordinal) && l.Contains("Error", StringComparison.Ordinal));
    }
}
