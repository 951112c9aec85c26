using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using k8s.KubeConfigModels;

namespace JobSharp.Cluster;

/// <summary>
/// Checks of the files and data a kubeconfig names (certificate authority, client certificate and key, token file),
/// made before anything is sent, so that a problem is one line naming the kubeconfig file and the field (JS3003).
/// </summary>
internal static class KubeconfigChecks
{
    /// <summary>The cluster's certificate authority, as a file or as data, holds PEM certificates; with it, no insecure-skip-tls-verify.</summary>
    public static void CheckAuthority(string file, string cluster, ClusterEndpoint endpoint)
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
            var pem = ReadFile(file, $"cluster \"{cluster}\": certificate-authority", endpoint.CertificateAuthority);
            RequireCertificates(file, $"cluster \"{cluster}\": certificate-authority {endpoint.CertificateAuthority}", pem);
        }
    }

    /// <summary>The user's client certificate and key, as files or data, come as a pair that can be used together.</summary>
    public static void CheckClientCertificate(string file, string user, UserCredentials c)
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
            certificate = ReadFile(file, $"{field}: client-certificate", c.ClientCertificate);
        }

        if (!string.IsNullOrEmpty(c.ClientKeyData))
        {
            key = Decode(file, $"{field}: client-key-data", c.ClientKeyData);
        }
        else if (!string.IsNullOrEmpty(c.ClientKey))
        {
            key = ReadFile(file, $"{field}: client-key", c.ClientKey);
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

    /// <summary>The text of the file at <paramref name="path"/>, which the kubeconfig <paramref name="file"/> names in <paramref name="field"/>.</summary>
    public static string ReadFile(string file, string field, string path)
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

    /// <summary>A JS3003 error naming the kubeconfig file.</summary>
    public static ClusterException Bad(string file, string message) =>
        new(ClusterErrorCodes.InvalidKubeconfig, $"kubeconfig {file}: {message}");
}
