using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>Reads a Job's terminal conditions the way the Job controller sets them.</summary>
internal static class JobConditions
{
    private static readonly string[] SuccessTypes = ["Complete", "SuccessCriteriaMet"];
    private static readonly string[] FailureTypes = ["Failed", "FailureTarget"];

    /// <summary>The terminal state, or null while the Job is still running.</summary>
    public static (JobOutcomeKind Kind, string? Reason, string? Message)? Terminal(V1Job job)
    {
        var conditions = job.Status?.Conditions ?? [];
        foreach (var types in new[] { FailureTypes, SuccessTypes })
        {
            var condition = types
                .Select(t => conditions.FirstOrDefault(c => IsTrue(c, t)))
                .FirstOrDefault(c => c is not null);
            if (condition is not null)
            {
                var kind = ReferenceEquals(types, FailureTypes) ? JobOutcomeKind.Failed : JobOutcomeKind.Succeeded;
                return (kind, NullIfEmpty(condition.Reason), NullIfEmpty(condition.Message));
            }
        }

        return null;
    }

    public static JobProgress Progress(V1Job job) =>
        new(job.Metadata.Name, job.Status?.Active ?? 0, job.Status?.Succeeded ?? 0, job.Status?.Failed ?? 0);

    private static bool IsTrue(V1JobCondition c, string type) =>
        string.Equals(c.Type, type, StringComparison.Ordinal) && string.Equals(c.Status, "True", StringComparison.Ordinal);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
