namespace JobSharp.Cli;

/// <summary>The exit codes every verb uses; pipelines act on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The manifests have problems (invalid, lint errors, drift), or a Job failed.</summary>
    public const int ManifestProblems = 1;

    /// <summary>Wrong usage, unreadable or unwritable files, or a cluster that cannot be reached.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>Waiting for a Job ran out of time.</summary>
    public const int TimedOut = 3;

    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report an interrupted command).</summary>
    public const int Cancelled = 130;
}
