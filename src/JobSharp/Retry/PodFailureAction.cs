namespace JobSharp;

/// <summary>What a pod failure policy rule does when it matches a failed pod.</summary>
public enum PodFailureAction
{
    /// <summary>Fails the whole Job at once (reason <c>PodFailurePolicy</c>); no more retries.</summary>
    FailJob,

    /// <summary>Does not count the failure toward any limit; the pod is replaced.</summary>
    Ignore,

    /// <summary>Counts the failure as usual toward <c>backoffLimit</c> (what happens when no rule matches).</summary>
    Count,

    /// <summary>Marks the pod's index failed at once (Indexed Jobs with a per-index backoff limit only).</summary>
    FailIndex,
}
