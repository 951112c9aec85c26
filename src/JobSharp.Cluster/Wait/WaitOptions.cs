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

    /// <summary>The pause before watching again after a watch ended without news (it grows up to 16 times).</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
