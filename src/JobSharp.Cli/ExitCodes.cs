using JobSharp.Cluster;

namespace JobSharp.Cli;

/// <summary>
/// The exit codes every verb uses; pipelines act on them. When one run has several results (several objects,
/// several Jobs waited for), the worst wins, in the order 2, 3, 1, 0: an unknown outcome outranks a known failure.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The manifests have problems (invalid, lint errors, drift), or a Job failed.</summary>
    public const int ManifestProblems = 1;

    /// <summary>Wrong usage, unreadable or unwritable files, a cluster error, or a Job deleted before its outcome was seen.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>Waiting for a Job (or applying it) ran out of time.</summary>
    public const int TimedOut = 3;

    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report an interrupted command).</summary>
    public const int Cancelled = 130;

    /// <summary>The exit code for how waiting for one Job ended.</summary>
    public static int For(JobOutcomeKind kind) => kind switch
    {
        JobOutcomeKind.Succeeded => Success,
        JobOutcomeKind.Failed or JobOutcomeKind.Stuck => ManifestProblems,
        JobOutcomeKind.TimedOut => TimedOut,
        _ => UsageOrIoError,
    };

    /// <summary>The worst of <paramref name="codes"/> (2, then 3, then 1, then 0); 0 when there are none.</summary>
    public static int Worst(params IEnumerable<int> codes) => codes.DefaultIfEmpty(Success).MaxBy(Rank);

    private static int Rank(int code) => code switch
    {
        UsageOrIoError => 3,
        TimedOut => 2,
        ManifestProblems => 1,
        _ => 0,
    };
}
