namespace JobSharp.Cluster;

/// <summary>
/// Keeps credentials off plain http, as kubectl does: an <c>Authorization</c> header never leaves on an
/// <c>http://</c> request, and the first request to such a server says once, through the warnings, that the
/// kubeconfig's credentials were not sent (<see cref="ConnectionSecurity"/> has already left them out).
/// </summary>
internal sealed class CredentialGuardHandler(ConnectionSecurity security, string server, Action<string> warnings) : DelegatingHandler
{
    private int warned;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (string.Equals(request.RequestUri?.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase))
        {
            var dropped = request.Headers.Authorization is not null;
            request.Headers.Authorization = null;
            if ((security.Withheld is not null || dropped) && Interlocked.Exchange(ref warned, 1) == 0)
            {
                var what = security.Withheld ?? "Authorization header";
                var whose = security.UserName is null ? "the credentials" : $"the credentials of user \"{security.UserName}\"";
                warnings($"{whose} ({what}) were not sent: the API server {server} is plain http, where they would travel in clear (kubectl sends none either); use an https server to authenticate");
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
