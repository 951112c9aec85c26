namespace JobSharp.Cluster;

/// <summary>
/// Passes the server's <c>Warning</c> response headers (<c>299 - "text"</c>: deprecated APIs, fields an older
/// cluster drops, admission warnings) to <see cref="ClusterConnectionOptions.Warnings"/>, each text once per
/// connection, as kubectl prints them on standard error once per run.
/// </summary>
internal sealed class WarningHandler(Action<string> warn) : DelegatingHandler
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        foreach (var warning in response.Headers.Warning)
        {
            // Code 299 is "miscellaneous persistent warning", the only one the API server sends; others are caches'.
            var text = warning.Code == 299 ? Unquote(warning.Text) : string.Empty;
            bool first;
            lock (gate)
            {
                first = text.Length > 0 && seen.Add(text);
            }

            if (first)
            {
                warn(text);
            }
        }

        return response;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : text;
}
