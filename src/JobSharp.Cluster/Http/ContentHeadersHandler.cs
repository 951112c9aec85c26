namespace JobSharp.Cluster;

/// <summary>
/// Sends <c>Content-Type</c> and <c>Accept</c> as kubectl 1.32 does for the same operations, recorded against the fake
/// API server: <c>Accept: application/json</c> for reads, lists, watches, applies and deletes, <c>application/json, */*</c>
/// for a pod's log (plain text), and a body type without <c>; charset=utf-8</c> (<c>application/apply-patch+yaml</c>,
/// <c>application/json</c>). KubernetesClient would send no <c>Accept</c> and add the charset.
/// </summary>
/// <remarks>kubectl's typed commands ask for protobuf where a type has it; JobSharp reads JSON, the form kubectl asks for otherwise.</remarks>
internal sealed class ContentHeadersHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Accept.Count == 0)
        {
            var log = request.RequestUri?.AbsolutePath.EndsWith("/log", StringComparison.Ordinal) == true;
            request.Headers.TryAddWithoutValidation("Accept", log ? "application/json, */*" : "application/json");
        }

        if (request.Content?.Headers.ContentType is { CharSet: not null } type)
        {
            type.CharSet = null;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
