namespace JobSharp.Cluster;

/// <summary>
/// A request got no (complete) answer within the request timeout. An <see cref="HttpRequestException"/>, so that
/// code which treats a failed connection as worth another try (the wait's watch) treats this one alike.
/// </summary>
internal sealed class RequestTimeoutException(TimeSpan timeout, Exception innerException)
    : HttpRequestException($"no answer within {Seconds(timeout)} s", innerException)
{
    /// <summary>The limit that ran out.</summary>
    public TimeSpan Timeout { get; } = timeout;

    /// <summary>A duration in seconds as messages write it: <c>30</c>, <c>0.5</c>.</summary>
    public static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
