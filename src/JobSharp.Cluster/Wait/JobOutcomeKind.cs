namespace JobSharp.Cluster;

/// <summary>How waiting for a Job ended.</summary>
public enum JobOutcomeKind
{
    /// <summary>The Job has the condition <c>Complete</c> or <c>SuccessCriteriaMet</c>.</summary>
    Succeeded,

    /// <summary>The Job has the condition <c>Failed</c> or <c>FailureTarget</c>.</summary>
    Failed,

    /// <summary>The timeout passed before the Job finished.</summary>
    TimedOut,

    /// <summary>The Job was deleted before JobSharp saw it finish: its outcome is unknown.</summary>
    Deleted,

    /// <summary>The cluster could not be asked (see <see cref="JobOutcome.Message"/>).</summary>
    Error,

    /// <summary>
    /// A pod (or the Job's pod creation) was stuck for <see cref="WaitOptions.FailAfterStuck"/>; the reason is in
    /// <see cref="JobOutcome.Message"/>. The Job is still there.
    /// </summary>
    Stuck,
}
