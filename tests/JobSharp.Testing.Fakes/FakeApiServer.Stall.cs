using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

public sealed partial class FakeApiServer
{
    private readonly Queue<(bool AfterHeaders, Func<HttpRequest, bool> When)> stalls = new();

    /// <summary>
    /// The next request matching <paramref name="when"/> is never answered: no headers, or with
    /// <paramref name="afterHeaders"/> a 200 and the first byte of the body, then nothing. It stays open until the
    /// client gives up or the server stops.
    /// </summary>
    public void StallNext(Func<HttpRequest, bool> when, bool afterHeaders = false)
    {
        lock (gate)
        {
            stalls.Enqueue((afterHeaders, when));
        }
    }

    private bool? TakeStall(HttpRequest request)
    {
        lock (gate)
        {
            if (stalls.Count > 0 && stalls.Peek().When(request))
            {
                return stalls.Dequeue().AfterHeaders;
            }

            return null;
        }
    }

    private static async Task StallAsync(HttpContext context, bool afterHeaders)
    {
        try
        {
            if (afterHeaders)
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }

            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the server stopped.
        }
    }
}
