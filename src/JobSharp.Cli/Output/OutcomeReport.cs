using JobSharp.Cluster;

namespace JobSharp.Cli.Output;

/// <summary>How the tool prints what happened to a Job it waited for.</summary>
internal static class OutcomeReport
{
    /// <summary>Writes the outcome's summary and, for a failure, each failed pod's last log lines.</summary>
    public static void Write(TextWriter writer, JobOutcome outcome)
    {
        writer.Write(outcome.Summary() + "\n");
        foreach (var excerpt in outcome.FailedPodLogs)
        {
            var index = excerpt.CompletionIndex is null ? string.Empty : $" index {excerpt.CompletionIndex}";
            var run = excerpt.Previous ? " (previous run)" : string.Empty;
            writer.Write($"--- pod {excerpt.Pod}{index}, container {excerpt.Container}{run}: last {excerpt.Lines.Count} lines\n");
            foreach (var line in excerpt.Lines)
            {
                writer.Write($"    {line}\n");
            }

            if (excerpt.Note is not null)
            {
                writer.Write($"    ({excerpt.Note})\n");
            }
        }
    }
}
