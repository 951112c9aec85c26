namespace JobSharp.Cluster;

/// <summary>
/// How one request to the API server is retried when answered 429 (Too Many Requests) or 5xx: exponential backoff
/// from <see cref="InitialDelay"/>, or the server's <c>Retry-After</c> when it sends one, each delay capped at
/// <see cref="MaxDelay"/>, at most <see cref="MaxAttempts"/> requests in all. Not to be confused with
/// <see cref="JobSharp.RetryPolicy"/>, which is how Kubernetes retries a Job's pods.
/// </summary>
public sealed record RequestRetryPolicy
{
    /// <summary>Five attempts, 200 ms doubling, delays capped at 30 s.</summary>
    public static RequestRetryPolicy Default { get; } = new();

    /// <summary>The most requests sent for one call, the first included; 1 turns retries off.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The delay before the first retry when the server sends no <c>Retry-After</c>.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest single delay, whatever <c>Retry-After</c> asks for.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);
}
