namespace JobSharp.Cluster;

/// <summary>How <see cref="JobCluster.WriteLogsAsync"/> reads a Job's logs.</summary>
public sealed record LogOptions
{
    /// <summary>Keep streaming until the Job finishes, including pods started later (retries).</summary>
    public bool Follow { get; init; }

    /// <summary>
    /// Every pod, the failed ones that were retried included (the default). When false, only the current pods:
    /// those that have not failed, or the newest one when all have.
    /// </summary>
    public bool AllPods { get; init; } = true;

    /// <summary>Read each container's previous run (after a restart) instead of the current one.</summary>
    public bool Previous { get; init; }

    /// <summary>Only the last lines of each container; all lines when null.</summary>
    public int? TailLines { get; init; }
}
