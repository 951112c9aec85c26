using System.Net;

namespace JobSharp.Cluster;

/// <summary>
/// Retries answers 429 and 5xx with exponential backoff, honouring <c>Retry-After</c>, within the bounds of a
/// <see cref="RequestRetryPolicy"/>, and never waits longer than what is left of the request timeout. Waits use the injected
/// <see cref="TimeProvider"/>.
/// </summary>
internal sealed class RetryHandler(RequestRetryPolicy policy, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // Buffer the body so that it can be sent again.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var delay = policy.InitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsRetryable(response.StatusCode) || attempt >= Math.Max(1, policy.MaxAttempts))
            {
                return response;
            }

            var wait = RetryAfter(response) ?? delay;
            wait = wait > policy.MaxDelay ? policy.MaxDelay : wait;
            if (RequestTimeoutHandler.TimeLeft(request) is { } left && wait >= left)
            {
                // The retry could not be answered within the request timeout: the server's answer is the result.
                return response;
            }

            response.Dispose();
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, policy.MaxDelay.Ticks));
        }
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || ((int)status >= 500 && (int)status <= 599 && status != HttpStatusCode.NotImplemented);

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
