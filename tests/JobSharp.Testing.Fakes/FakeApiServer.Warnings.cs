using Microsoft.AspNetCore.Http;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// <c>Warning</c> response headers as the API server sends them (<c>299 - "text"</c>): for deprecated APIs, fields
/// an older server drops, admission webhooks' warnings.
/// </summary>
public sealed partial class FakeApiServer
{
    private readonly List<(string Text, Func<HttpRequest, bool> When)> warnings = [];

    /// <summary>Every request matching <paramref name="when"/> (all when null) is answered with the warning <paramref name="text"/>.</summary>
    public void Warn(string text, Func<HttpRequest, bool>? when = null)
    {
        lock (gate)
        {
            warnings.Add((text, when ?? (_ => true)));
        }
    }

    private void AddWarnings(HttpContext context)
    {
        List<string> texts;
        lock (gate)
        {
            texts = [.. warnings.Where(w => w.When(context.Request)).Select(w => w.Text)];
        }

        foreach (var text in texts)
        {
            context.Response.Headers.Append("Warning", $"299 - \"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        }
    }
}
