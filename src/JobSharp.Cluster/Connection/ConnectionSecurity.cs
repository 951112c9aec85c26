using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
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
/// <item>certificate files and data are checked up front, so that a problem names the file and the field;</item>
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
            CheckAuthority(clusterFile, cluster.Name, endpoint);
        }

        if (security.ClusterExtras?.ProxyUrl is { Length: > 0 } proxy && !Uri.TryCreate(proxy, UriKind.Absolute, out _))
        {
            throw Bad(clusterFile, $"cluster \"{cluster.Name}\": proxy-url \"{proxy}\" is not a URL");
        }

        var user = userName is null ? null : merged.Users?.FirstOrDefault(u => string.Equals(u.Name, userName, StringComparison.Ordinal));
        var credentials = user?.UserCredentials;
        var tokenFile = extras.User(userName)?.TokenFile;
        var kinds = Kinds(credentials, tokenFile);
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
            CheckClientCertificate(userFile, userName!, credentials);
        }

        if (!string.IsNullOrEmpty(tokenFile))
        {
            CheckReadable(userFile, $"user \"{userName}\": tokenFile", tokenFile);
            security.TokenFile = tokenFile;
            // client-go: the token read from tokenFile takes precedence over token.
            if (credentials is not null)
            {
                credentials.Token = null;
            }
        }

        if (credentials is null || !KubernetesClientAccepts(credentials))
        {
            // A user without credentials (kubectl proxy, anonymous access), or whose only credential is a tokenFile:
            // KubernetesClient refuses such a user, kubectl does not.
            details!.User = null;
        }

        security.Refresh = RefreshHint(credentials, tokenFile);
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

    private static List<string> Kinds(UserCredentials? credentials, string? tokenFile)
    {
        var kinds = new List<string>();
        if (!string.IsNullOrEmpty(credentials?.Token))
        {
            kinds.Add("token");
        }

        if (!string.IsNullOrEmpty(tokenFile))
        {
            kinds.Add("tokenFile");
        }

        if (!string.IsNullOrEmpty(credentials?.UserName) || !string.IsNullOrEmpty(credentials?.Password))
        {
            kinds.Add("username and password");
        }

        if (credentials?.ExternalExecution is not null)
        {
            kinds.Add("exec");
        }

        if (credentials?.AuthProvider is not null)
        {
            kinds.Add("auth-provider");
        }

        if (!string.IsNullOrEmpty(credentials?.ClientCertificate) || !string.IsNullOrEmpty(credentials?.ClientCertificateData))
        {
            kinds.Add("client certificate");
        }

        return kinds;
    }

    private static bool KubernetesClientAccepts(UserCredentials c) =>
        !string.IsNullOrWhiteSpace(c.Token)
        || (!string.IsNullOrWhiteSpace(c.UserName) && !string.IsNullOrWhiteSpace(c.Password))
        || (!string.IsNullOrWhiteSpace(c.ClientCertificateData) && !string.IsNullOrWhiteSpace(c.ClientKeyData))
        || (!string.IsNullOrWhiteSpace(c.ClientCertificate) && !string.IsNullOrWhiteSpace(c.ClientKey))
        || c.ExternalExecution is not null
        || c.AuthProvider is not null;

    private static string? RefreshHint(UserCredentials? c, string? tokenFile)
    {
        if (c?.ExternalExecution is { } exec)
        {
            return $"log in again with the exec plugin's provider (it runs \"{exec.Command}\"), so that it hands out a valid token";
        }

        if (c?.AuthProvider is { } provider)
        {
            return $"log in again with the auth-provider \"{provider.Name}\" (its token may have expired), or move to its exec plugin";
        }

        if (!string.IsNullOrEmpty(tokenFile))
        {
            return $"the token in {tokenFile} may have expired or been revoked: put a new one there";
        }

        if (!string.IsNullOrEmpty(c?.Token))
        {
            return "the token may have expired or been revoked: get a new one and put it in the kubeconfig";
        }

        if (!string.IsNullOrEmpty(c?.UserName))
        {
            return "the username or password is not accepted";
        }

        if (!string.IsNullOrEmpty(c?.ClientCertificate) || !string.IsNullOrEmpty(c?.ClientCertificateData))
        {
            return "the client certificate may have expired or not be trusted by the cluster: get a new one";
        }

        return null;
    }

    private static void CheckAuthority(string file, string cluster, ClusterEndpoint endpoint)
    {
        var hasAuthority = !string.IsNullOrEmpty(endpoint.CertificateAuthorityData) || !string.IsNullOrEmpty(endpoint.CertificateAuthority);
        if (hasAuthority && endpoint.SkipTlsVerify)
        {
            // client-go refuses the pair too ("specifying a root certificates file with the insecure flag is not
            // allowed"): a CA says which server to trust, the flag says trust any, and guessing could trust too much.
            throw Bad(file, $"cluster \"{cluster}\": certificate-authority and insecure-skip-tls-verify are both set, which kubectl refuses too: remove one of them");
        }

        if (!string.IsNullOrEmpty(endpoint.CertificateAuthorityData))
        {
            var pem = Decode(file, $"cluster \"{cluster}\": certificate-authority-data", endpoint.CertificateAuthorityData);
            RequireCertificates(file, $"cluster \"{cluster}\": certificate-authority-data", pem);
        }
        else if (!string.IsNullOrEmpty(endpoint.CertificateAuthority))
        {
            var pem = CheckReadable(file, $"cluster \"{cluster}\": certificate-authority", endpoint.CertificateAuthority);
            RequireCertificates(file, $"cluster \"{cluster}\": certificate-authority {endpoint.CertificateAuthority}", pem);
        }
    }

    private static void CheckClientCertificate(string file, string user, UserCredentials c)
    {
        string? certificate = null;
        string? key = null;
        var field = $"user \"{user}\"";
        if (!string.IsNullOrEmpty(c.ClientCertificateData))
        {
            certificate = Decode(file, $"{field}: client-certificate-data", c.ClientCertificateData);
        }
        else if (!string.IsNullOrEmpty(c.ClientCertificate))
        {
            certificate = CheckReadable(file, $"{field}: client-certificate", c.ClientCertificate);
        }

        if (!string.IsNullOrEmpty(c.ClientKeyData))
        {
            key = Decode(file, $"{field}: client-key-data", c.ClientKeyData);
        }
        else if (!string.IsNullOrEmpty(c.ClientKey))
        {
            key = CheckReadable(file, $"{field}: client-key", c.ClientKey);
        }

        if (certificate is null && key is null)
        {
            return;
        }

        if (certificate is null || key is null)
        {
            throw Bad(file, $"{field}: {(certificate is null ? "client-key without client-certificate" : "client-certificate without client-key")}: both are needed");
        }

        try
        {
            using var pair = X509Certificate2.CreateFromPem(certificate, key);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw Bad(file, $"{field}: the client certificate and key cannot be used together: {KubeconfigResolver.OneLine(e.Message)}");
        }

        // KubernetesClient reads the data fields again as base64 and the files by their path; nothing else to do.
    }

    private static string Decode(string file, string field, string base64)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim()));
        }
        catch (FormatException)
        {
            throw Bad(file, $"{field} is not valid base64");
        }
    }

    private static string CheckReadable(string file, string field, string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "it does not exist" : KubeconfigResolver.OneLine(e.Message);
            throw Bad(file, $"{field}: cannot read {path}: {why}");
        }
    }

    private static void RequireCertificates(string file, string field, string pem)
    {
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(pem);
        }
        catch (CryptographicException e)
        {
            throw Bad(file, $"{field}: not a PEM certificate: {KubeconfigResolver.OneLine(e.Message)}");
        }

        if (collection.Count == 0)
        {
            throw Bad(file, $"{field}: holds no PEM certificate");
        }

        foreach (var certificate in collection)
        {
            certificate.Dispose();
        }
    }

    private static ClusterException Bad(string file, string message) =>
        new(ClusterErrorCodes.InvalidKubeconfig, $"kubeconfig {file}: {message}");
}
