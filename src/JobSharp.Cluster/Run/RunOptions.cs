namespace JobSharp.Cluster;

/// <summary>How <c>JobCluster.RunAsync</c> runs a Job once.</summary>
public sealed record RunOptions
{
    /// <summary>How the Job is applied; the defaults when not set.</summary>
    public ApplyOptions Apply { get; init; } = new();

    /// <summary>How the Job is followed: timeout, progress, stuck reasons.</summary>
    public WaitOptions Wait { get; init; } = new();

    /// <summary>Keep the Job (and its pods) afterwards; by default it is deleted with background propagation.</summary>
    public bool Keep { get; init; }

    /// <summary>How long, once the Job has finished, the log streams may take to deliver their last lines.</summary>
    public TimeSpan LogGrace { get; init; } = TimeSpan.FromSeconds(10);
}
