namespace JobSharp;

/// <summary>When the Job creates a replacement for a failing pod (<c>spec.podReplacementPolicy</c>).</summary>
public enum PodReplacementPolicy
{
    /// <summary>
    /// Replace a pod as soon as it starts terminating (the default without a pod failure policy); the old and the
    /// new pod may run at the same time.
    /// </summary>
    TerminatingOrFailed,

    /// <summary>Replace a pod only once it has fully terminated; never two at once. Required with a pod failure policy.</summary>
    Failed,
}
