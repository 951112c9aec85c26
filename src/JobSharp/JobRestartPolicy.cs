namespace JobSharp;

/// <summary>
/// What happens to a Job's pod when a container fails. Jobs accept only these two; <c>Always</c>, the pod
/// default, is rejected by the API server for Jobs, so it is not offered.
/// </summary>
public enum JobRestartPolicy
{
    /// <summary>
    /// A failed pod is left as it is and the Job creates a new pod (a clean start each retry). Required when a
    /// pod failure policy is used. Each failed pod counts toward <c>backoffLimit</c>.
    /// </summary>
    Never,

    /// <summary>
    /// The kubelet restarts the failed container in the same pod. Container restarts count toward
    /// <c>backoffLimit</c>; no second pod runs the task at the same time.
    /// </summary>
    OnFailure,
}
