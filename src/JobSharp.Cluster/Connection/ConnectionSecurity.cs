using System.Net;
using k8s;
using k8s.Authentication;
using k8s.KubeConfigModels;

namespace JobSharp.Cluster;

/// <summary>
/// What JobSharp decides about a context before and after KubernetesClient builds its configuration, where
/// kubectl's rules differ from KubernetesClient's:
/// <list type="bullet">
/// <item>no credentials go to a plain-http server (kubectl sends none): they are dropped, and a notice says so;</item>
/// <item>a user with no credentials (a cluster behind <c>kubectl proxy</c>, anonymous access) is accepted;</item>
/// <item>a user's <c>tokenFile</c> is read (again every minute), and wins over <c>token</c> as in client-go;</item>
/// <item>certificate files and data are checked up front (<see cref="KubeconfigChecks"/>), so that a problem names the file and the field;</item>
/// <item>the server certificate is checked by <see cref="TlsVerifier"/>; <c>proxy-url</c> and
/// <c>disable-compression</c> are applied to the connection.</item>
/// </list>
/// </summary>
internal sealed class ConnectionSecurity
{
    private ConnectionSecurity(string? context, string? user)
    {
        ContextName = context;
        UserName = user;
    }

    /// <summary>The context in use; null in the cluster.</summary>
    public string? ContextName { get; }

    /// <summary>The kubeconfig user of the context; null when it names none.</summary>
    public string? UserName { get; }

    /// <summary>What kind of credentials the user has, for the hint on a 401; null when none are sent.</summary>
    public string? Refresh { get; private set; }

    /// <summary>The credentials not sent because the server is plain http (<c>token, exec</c>...); null when none were dropped.</summary>
    public string? Withheld { get; private set; }

    /// <summary>Whether a client certificate is presented.</summary>
    public bool ClientCertificate { get; private set; }

    /// <summary>Checks the server certificate; null for plain http.</summary>
    public TlsVerifier? Tls { get; private set; }

    private string? TokenFile { get; set; }

    private ClusterExtras? ClusterExtras { get; set; }

    /// <summary>The in-cluster configuration: the service account's token, as KubernetesClient reads it.</summary>
    public static ConnectionSecurity InCluster(KubernetesClientConfiguration config)
    {
        var security = new ConnectionSecurity(null, null) { Refresh = "its token may have expired, or the service account or its permissions are gone" };
        security.TakeOverTls(config);
        return security;
    }

    /// <summary>Checks and adjusts <paramref name="merged"/> for <paramref name="contextName"/> before KubernetesClient reads it.</summary>
    /// <exception cref="ClusterException">A file or value the context needs is missing or unusable (JS3003).</exception>
    public static ConnectionSecurity Prepare(K8SConfiguration merged, string contextName, KubeconfigExtras extras)
    {
        var context = merged.Contexts.First(c => string.Equals(c.Name, contextName, StringComparison.Ordinal));
        var details = context.ContextDetails;
        var userName = string.IsNullOrEmpty(details?.User) ? null : details.User;
        var security = new ConnectionSecurity(contextName, userName);
        var cluster = merged.Clusters?.FirstOrDefault(c => string.Equals(c.Name, details?.Cluster, StringComparison.Ordinal));
        var endpoint = cluster?.ClusterEndpoint;
        if (cluster is null || endpoint is null || string.IsNullOrWhiteSpace(endpoint.Server))
        {
            // KubernetesClient's own message names what is missing.
            return security;
        }

        var clusterFile = extras.Cluster(cluster.Name)?.File ?? "kubeconfig";
        security.ClusterExtras = extras.Cluster(cluster.Name);
        var plainHttp = endpoint.Server.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
        if (!plainHttp)
        {
            KubeconfigChecks.CheckAuthority(clusterFile, cluster.Name, endpoint);
        }

        if (security.ClusterExtras?.ProxyUrl is { Length: > 0 } proxy && !Uri.TryCreate(proxy, UriKind.Absolute, out _))
        {
            throw KubeconfigChecks.Bad(clusterFile, $"cluster \"{cluster.Name}\": proxy-url \"{proxy}\" is not a URL");
        }

        var user = userName is null ? null : merged.Users?.FirstOrDefault(u => string.Equals(u.Name, userName, StringComparison.Ordinal));
        var credentials = user?.UserCredentials;
        var tokenFile = extras.User(userName)?.TokenFile;
        var kinds = UserCredentialKinds.Of(credentials, tokenFile);
        if (plainHttp)
        {
            if (kinds.Count > 0)
            {
                security.Withheld = string.Join(", ", kinds);
            }

            // No credentials are sent in clear, and the exec plugin is not even run.
            details!.User = null;
            return security;
        }

        var userFile = extras.User(userName)?.File ?? "kubeconfig";
        if (credentials is not null)
        {
            KubeconfigChecks.CheckClientCertificate(userFile, userName!, credentials);
        }

        if (!string.IsNullOrEmpty(tokenFile))
        {
            KubeconfigChecks.ReadFile(userFile, $"user \"{userName}\": tokenFile", tokenFile);
            security.TokenFile = tokenFile;
            // client-go: the token read from tokenFile takes precedence over token.
            if (credentials is not null)
            {
                credentials.Token = null;
            }
        }

        if (credentials is null || !UserCredentialKinds.KubernetesClientAccepts(credentials))
        {
            // A user without credentials (kubectl proxy, anonymous access), or whose only credential is a tokenFile:
            // KubernetesClient refuses such a user, kubectl does not.
            details!.User = null;
        }

        security.Refresh = UserCredentialKinds.RefreshHint(credentials, tokenFile);
        security.ClientCertificate = !string.IsNullOrEmpty(credentials?.ClientCertificate) || !string.IsNullOrEmpty(credentials?.ClientCertificateData);
        return security;
    }

    /// <summary>Applies what KubernetesClient does not know to the configuration it built.</summary>
    public void Apply(KubernetesClientConfiguration config)
    {
        if (TokenFile is not null)
        {
            config.TokenProvider = new TokenFileAuth(TokenFile);
        }

        TakeOverTls(config, ClusterExtras);
    }

    private void TakeOverTls(KubernetesClientConfiguration config, ClusterExtras? extras = null)
    {
        var https = config.Host.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (https)
        {
            // KubernetesClient checks neither the name nor the validity of a certificate signed by the kubeconfig's
            // CA; the verifier takes its place (with no CA and no skip, KubernetesClient leaves the check alone).
            Tls = new TlsVerifier(config.SslCaCerts, config.SkipTlsVerify);
            config.SslCaCerts = null;
            config.SkipTlsVerify = false;
        }

        var tls = Tls;
        var proxy = extras?.ProxyUrl;
        var compress = extras?.DisableCompression != true;
        config.FirstMessageHandlerSetup = handler =>
        {
            if (tls is not null)
            {
                handler.SslOptions.RemoteCertificateValidationCallback = tls.Validate;
            }

            if (!string.IsNullOrEmpty(proxy))
            {
                handler.Proxy = new WebProxy(new Uri(proxy));
                handler.UseProxy = true;
            }

            // kubectl asks for gzip unless the cluster says disable-compression.
            handler.AutomaticDecompression = compress ? DecompressionMethods.GZip : DecompressionMethods.None;
        };
    }
}
