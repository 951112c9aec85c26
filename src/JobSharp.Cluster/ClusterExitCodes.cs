namespace JobSharp.Cluster;

/// <summary>
/// The exit codes a pipeline can act on: 0 success, 1 a Job failed, 2 a usage, I/O or cluster error (including a
/// Job deleted before its outcome was seen), 3 timed out. With several Jobs the worst wins, in the order
/// 2, 3, 1, 0: an unknown outcome outranks a known failure.
/// </summary>
public static class ClusterExitCodes
{
    /// <summary>Every Job succeeded.</summary>
    public const int Success = 0;

    /// <summary>A Job failed.</summary>
    public const int JobFailed = 1;

    /// <summary>Usage, I/O or cluster error.</summary>
    public const int Error = 2;

    /// <summary>Timed out waiting.</summary>
    public const int TimedOut = 3;

    /// <summary>The exit code for one outcome.</summary>
    /// <param name="kind">How waiting ended.</param>
    /// <returns>0, 1, 2 or 3.</returns>
    public static int For(JobOutcomeKind kind) => kind switch
    {
        JobOutcomeKind.Succeeded => Success,
        JobOutcomeKind.Failed => JobFailed,
        JobOutcomeKind.TimedOut => TimedOut,
        _ => Error,
    };

    /// <summary>The exit code for several outcomes: the worst one; 0 when there are none.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>0, 1, 2 or 3.</returns>
    public static int For(IEnumerable<JobOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes.Select(o => o.ExitCode).DefaultIfEmpty(Success).MaxBy(Rank);
    }

    /// <summary>The exit code for an exception raised while talking to the cluster: always <see cref="Error"/>.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>2.</returns>
    public static int For(ClusterException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Error;
    }

    private static int Rank(int code) => code switch
    {
        Error => 3,
        TimedOut => 2,
        JobFailed => 1,
        _ => 0,
    };
}
