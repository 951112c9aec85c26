namespace JobSharp.Cluster;

/// <summary>How <see cref="JobCluster.WaitAsync"/> follows a Job.</summary>
public sealed record WaitOptions
{
    /// <summary>How long to wait in all; no limit when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How many of the last log lines of each failed pod to collect; 0 collects none.</summary>
    public int FailedPodLogLines { get; init; } = 20;

    /// <summary>Called with the pod counts whenever they change.</summary>
    public Action<JobProgress>? Progress { get; init; }

    /// <summary>
    /// Called as soon as it is known why the Job does not progress (an image that cannot be pulled, an
    /// unschedulable pod, a missing ConfigMap or Secret key, a crashing container, pods that cannot be created), once
    /// per reason and again only when it changes. The Job's pods and events are watched only when this or
    /// <see cref="FailAfterStuck"/> is set.
    /// </summary>
    public Action<StuckReason>? Stuck { get; init; }

    /// <summary>
    /// End the wait as <see cref="JobOutcomeKind.Stuck"/> when a pod (or the Job's pod creation) has been stuck this
    /// long; never when null (the default).
    /// </summary>
    public TimeSpan? FailAfterStuck { get; init; }

    /// <summary>The pause before watching again after a watch ended without news (it grows up to 16 times).</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
