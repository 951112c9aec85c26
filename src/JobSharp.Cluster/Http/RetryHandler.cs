using System.Globalization;
using System.Net;
using System.Text;

namespace JobSharp.Cluster;

/// <summary>
/// Retries answers 429 and 5xx within the bounds of a <see cref="RequestRetryPolicy"/>, honouring <c>Retry-After</c>, and
/// never waits longer than what is left of the request timeout. Waits use the injected <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// kubectl retries only when the server sends <c>Retry-After</c>. Reads (<c>GET</c>: get, list, watch, logs) change
/// nothing, so they are also retried without it, with exponential backoff. A request that changes something
/// (<c>PATCH</c>, <c>POST</c>, <c>PUT</c>, <c>DELETE</c>) may have been carried out before a 5xx came back, so it is
/// sent again only when the server asks for it with <c>Retry-After</c>; a 429 (the server turned the request away
/// before handling it) is always retried.
/// </remarks>
internal sealed class RetryHandler(RequestRetryPolicy policy, TimeProvider time) : DelegatingHandler
{
    /// <summary>The response header that tells <see cref="ApiCall"/> how many requests were sent for an error answer.</summary>
    public const string AttemptsHeader = "JobSharp-Attempts";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            // Buffer the body so that it can be sent again.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var idempotent = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head;
        var serverErrorBefore = false;
        var delay = policy.InitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (attempt > 1 && serverErrorBefore && request.Method == HttpMethod.Delete && response.StatusCode == HttpStatusCode.NotFound)
            {
                // An earlier try of this DELETE got a 5xx, and a 5xx does not say that nothing happened: the object may
                // have been deleted by it (a proxy or the server timed out after the delete went through). Now it is gone,
                // which is what the caller asked for: report it deleted, not "not found".
                response.Dispose();
                return Deleted(request, attempt);
            }

            var retryAfter = RetryAfter(response);
            if (!IsRetryable(response.StatusCode, idempotent, retryAfter is not null) || attempt >= Math.Max(1, policy.MaxAttempts))
            {
                return Mark(response, attempt);
            }

            var wait = retryAfter ?? delay;
            wait = wait > policy.MaxDelay ? policy.MaxDelay : wait;
            if (RequestTimeoutHandler.TimeLeft(request) is { } left && wait >= left)
            {
                // The retry could not be answered within the request timeout: the server's answer is the result.
                return Mark(response, attempt);
            }

            serverErrorBefore |= (int)response.StatusCode >= 500;
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, policy.MaxDelay.Ticks));
        }
    }

    private static bool IsRetryable(HttpStatusCode status, bool idempotent, bool retryAfter)
    {
        if (status == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        var serverError = (int)status >= 500 && (int)status <= 599 && status != HttpStatusCode.NotImplemented;
        return serverError && (idempotent || retryAfter);
    }

    private static HttpResponseMessage Mark(HttpResponseMessage response, int attempts)
    {
        if (!response.IsSuccessStatusCode)
        {
            response.Headers.TryAddWithoutValidation(AttemptsHeader, attempts.ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }

    private static HttpResponseMessage Deleted(HttpRequestMessage request, int attempts)
    {
        var segments = request.RequestUri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var name = segments.Length > 0 ? segments[^1] : string.Empty;
        var kind = segments.Length > 1 ? segments[^2] : string.Empty;
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
            ["status"] = "Success",
            ["details"] = new System.Text.Json.Nodes.JsonObject { ["name"] = name, ["kind"] = kind },
        }.ToJsonString();
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        response.Headers.TryAddWithoutValidation(AttemptsHeader, attempts.ToString(CultureInfo.InvariantCulture));
        return response;
    }

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
