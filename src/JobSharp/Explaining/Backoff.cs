namespace JobSharp.Explaining;

/// <summary>
/// The Job controller's delay before it re-creates a pod after failures (job-api-rules.md §5): 10s × 2^(n−1) for the
/// n-th failure since the last success, capped at 10 minutes.
/// </summary>
internal static class Backoff
{
    public const long CapSeconds = 600;

    public static long DelaySeconds(int failure)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failure, 1);
        return failure > 7 ? CapSeconds : Math.Min(10L << (failure - 1), CapSeconds);
    }

    /// <summary>The delays before each of the first <paramref name="retries"/> retries, at most <paramref name="max"/> of them.</summary>
    public static List<long> Delays(int retries, int max = 8) =>
        [.. Enumerable.Range(1, Math.Clamp(retries, 0, max)).Select(DelaySeconds)];
}
