using System.Diagnostics;

namespace JobSharp.Cluster;

/// <summary>
/// Bounds each request by <see cref="ClusterConnectionOptions.RequestTimeout"/>, its retries included: until the
/// whole answer has arrived, or for a watch or a log follow until the server starts answering. A request that runs
/// out of time ends in a <see cref="RequestTimeoutException"/>; cancellation by the caller stays cancellation.
/// Measured in real time: it bounds the network, whatever clock the waits use.
/// </summary>
internal sealed class RequestTimeoutHandler(TimeSpan? limit) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<long> DeadlineKey = new("JobSharp.RequestDeadline");

    /// <summary>What is left of the request's time; null when it has no limit.</summary>
    public static TimeSpan? TimeLeft(HttpRequestMessage request) =>
        request.Options.TryGetValue(DeadlineKey, out var deadline) ? Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline) : null;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (limit is not { } timeout || timeout <= TimeSpan.Zero)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(timeout);
        request.Options.Set(DeadlineKey, Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency));
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, budget.Token).ConfigureAwait(false);
            if (!IsStream(request))
            {
                await response.Content.LoadIntoBufferAsync(budget.Token).ConfigureAwait(false);
            }

            return response;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException
            && budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            throw new RequestTimeoutException(timeout, e);
        }
    }

    /// <summary>A watch or a log follow: an answer that goes on as long as the server has news.</summary>
    private static bool IsStream(HttpRequestMessage request) =>
        request.RequestUri?.Query.TrimStart('?').Split('&') is { } parameters
        && parameters.Any(p => p.Equals("watch=true", StringComparison.OrdinalIgnoreCase) || p.Equals("follow=true", StringComparison.OrdinalIgnoreCase));
}
