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
            JobOutcomeKind.Stuck => "is stuck",
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
}
