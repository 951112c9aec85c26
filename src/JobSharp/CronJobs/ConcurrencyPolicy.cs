namespace JobSharp;

/// <summary>What a CronJob does when a run is due while the previous one is still running (<c>spec.concurrencyPolicy</c>).</summary>
public enum ConcurrencyPolicy
{
    /// <summary>Start the new run anyway; runs may overlap (the server's default).</summary>
    Allow,

    /// <summary>Skip the new run while the previous one is still running.</summary>
    Forbid,

    /// <summary>Stop the running Job and start the new run in its place.</summary>
    Replace,
}
