namespace JobSharp.Cluster;

/// <summary>
/// What is stuck now and since when: reports each reason once when it appears and again only when it changes, and
/// tells when something has been stuck longer than a limit. Thread-safe.
/// </summary>
internal sealed class StuckTracker(TimeProvider time, Action<StuckReason>? report)
{
    private readonly Dictionary<string, (StuckReason Reason, long Since)> current = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Records the state of <paramref name="key"/> (a pod, or the Job); null when it is not stuck (any more).</summary>
    /// <returns>True when the reason is new or changed (and was reported).</returns>
    public bool Update(string key, StuckReason? reason)
    {
        lock (gate)
        {
            var known = current.TryGetValue(key, out var was);
            if (reason is null)
            {
                current.Remove(key);
                return false;
            }

            if (known && was.Reason.SameAs(reason))
            {
                return false;
            }

            // Stuck since it first got stuck, whatever the reason now (ErrImagePull, then ImagePullBackOff).
            current[key] = (reason, known ? was.Since : time.GetTimestamp());
        }

        report?.Invoke(reason);
        return true;
    }

    /// <summary>Whether <paramref name="key"/> is reported stuck with this very reason already.</summary>
    public bool Knows(string key, StuckReason reason)
    {
        lock (gate)
        {
            return current.TryGetValue(key, out var was) && was.Reason.SameAs(reason);
        }
    }

    /// <summary>Something stuck for at least <paramref name="limit"/>, the longest first; null when nothing is.</summary>
    public StuckReason? StuckLongerThan(TimeSpan limit)
    {
        lock (gate)
        {
            return current.Values
                .Where(v => time.GetElapsedTime(v.Since) >= limit)
                .OrderBy(v => v.Since)
                .Select(v => v.Reason)
                .FirstOrDefault();
        }
    }
}
