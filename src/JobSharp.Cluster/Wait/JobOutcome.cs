using System.Globalization;
using System.Text;

namespace JobSharp.Cluster;

/// <summary>How one Job ended, with the reason, the last counts and the failed pods' last log lines.</summary>
/// <param name="Name">The Job's name.</param>
/// <param name="Namespace">The Job's namespace.</param>
/// <param name="Kind">How waiting ended.</param>
/// <param name="Reason">The condition's reason (such as <c>BackoffLimitExceeded</c>), when there is one.</param>
/// <param name="Message">The condition's message, or what went wrong.</param>
/// <param name="Progress">The last counts seen, when the Job was seen at all.</param>
/// <param name="FailedPodLogs">The last log lines of every failed pod, retries included; empty unless the Job failed.</param>
public sealed record JobOutcome(
    string Name,
    string Namespace,
    JobOutcomeKind Kind,
    string? Reason,
    string? Message,
    JobProgress? Progress,
    IReadOnlyList<PodLogExcerpt> FailedPodLogs)
{
    /// <summary>The exit code for this outcome; see <see cref="ClusterExitCodes"/>.</summary>
    public int ExitCode => ClusterExitCodes.For(Kind);

    /// <summary>A summary line, such as <c>job/migrate failed: BackoffLimitExceeded: Job has reached the specified backoff limit</c>.</summary>
    /// <returns>One line.</returns>
    public string Summary()
    {
        var verb = Kind switch
        {
            JobOutcomeKind.Succeeded => "succeeded",
            JobOutcomeKind.Failed => "failed",
            JobOutcomeKind.TimedOut => "timed out",
            JobOutcomeKind.Deleted => "was deleted before it finished",
            _ => "could not be followed",
        };
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"job/{Name} {verb}");
        if (Reason is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $": {Reason}");
        }

        if (Message is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $": {Message}");
        }

        return text.ToString();
    }

    /// <summary>Writes the summary and, for a failure, each failed pod's last log lines.</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Summary() + "\n");
        foreach (var excerpt in FailedPodLogs)
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
