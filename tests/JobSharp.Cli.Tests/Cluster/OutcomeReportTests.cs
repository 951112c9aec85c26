using JobSharp.Cli.Output;
using JobSharp.Cluster;

namespace JobSharp.Cli.Tests.Cluster;

public sealed class OutcomeReportTests
{
    [Fact]
    public void Write_Failed_SummaryThenEveryFailedPodsLastLines()
    {
        var outcome = new JobOutcome(
            "migrate", "ns", JobOutcomeKind.Failed, "BackoffLimitExceeded", "Job has reached the specified backoff limit", null,
            [
                new PodLogExcerpt("migrate-a", "main", "0", false, ["one", "two"], null),
                new PodLogExcerpt("migrate-b", "main", null, true, ["crashed"], "the log was rotated"),
            ]);
        var text = new StringWriter();

        OutcomeReport.Write(text, outcome);

        Assert.Equal(
            "job/migrate failed: BackoffLimitExceeded: Job has reached the specified backoff limit\n"
            + "--- pod migrate-a index 0, container main: last 2 lines\n    one\n    two\n"
            + "--- pod migrate-b, container main (previous run): last 1 lines\n    crashed\n    (the log was rotated)\n",
            text.ToString());
    }

    [Fact]
    public void Write_Succeeded_OneLine()
    {
        var text = new StringWriter();

        OutcomeReport.Write(text, new JobOutcome("hello", "ns", JobOutcomeKind.Succeeded, "CompletionsReached", null, null, []));

        Assert.Equal("job/hello succeeded: CompletionsReached\n", text.ToString());
    }

    [Fact]
    public void Diagnostic_ClusterException_CodeAndMessageOnOneLine() =>
        Assert.Equal(
            "error JS3001: kubeconfig \"x\" does not exist",
            ClusterDiagnostic.Of(new ClusterException(ClusterErrorCodes.KubeconfigNotFound, "kubeconfig \"x\" does not exist")));
}
