using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace JobSharp.Cluster;

/// <summary>
/// Checks the API server's certificate as kubectl does: against the kubeconfig's <c>certificate-authority</c> alone
/// when it names one (else the system's roots), for the server's name (or <c>tls-server-name</c>), and within its
/// validity; nothing at all with <c>insecure-skip-tls-verify</c>. It remembers why it refused a certificate, so that
/// the error can say so instead of .NET's "The SSL connection could not be established".
/// </summary>
/// <remarks>
/// KubernetesClient's own check, used when a kubeconfig carries a CA, accepts a certificate whose chain ends at that
/// CA without looking at the name it was issued for; this one takes its place.
/// </remarks>
internal sealed class TlsVerifier(X509Certificate2Collection? authorities, bool skipVerify)
{
    private string? lastFailure;

    /// <summary>Why the last certificate was refused; null when none was.</summary>
    public string? LastFailure => Volatile.Read(ref lastFailure);

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (skipVerify)
        {
            return true;
        }

        var reason = Check(sender, certificate, chain, errors);
        if (reason is not null)
        {
            Volatile.Write(ref lastFailure, reason);
        }

        return reason is null;
    }

    private string? Check(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return "it sent no certificate";
        }

        var server = certificate as X509Certificate2 ?? new X509Certificate2(certificate);
        var problems = new List<string>();
        X509ChainStatusFlags status;
        if (authorities is { Count: > 0 })
        {
            using var own = new X509Chain();
            own.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            own.ChainPolicy.CustomTrustStore.AddRange(authorities);
            own.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            status = own.Build(server) ? X509ChainStatusFlags.NoError : Flags(own);
        }
        else
        {
            status = (errors & SslPolicyErrors.RemoteCertificateChainErrors) == 0 || chain is null ? X509ChainStatusFlags.NoError : Flags(chain);
            if ((errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0 && status == X509ChainStatusFlags.NoError)
            {
                status = X509ChainStatusFlags.PartialChain;
            }
        }

        if ((status & X509ChainStatusFlags.NotTimeValid) != 0)
        {
            var now = DateTime.Now;
            problems.Add(server.NotAfter < now
                ? $"its certificate expired on {Utc(server.NotAfter)}"
                : $"its certificate is not valid before {Utc(server.NotBefore)}");
        }

        if ((status & ~(X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.NoError)) != 0)
        {
            problems.Add(authorities is { Count: > 0 }
                ? $"its certificate is signed by an unknown authority ({server.Issuer}), not by the kubeconfig's certificate-authority"
                : $"its certificate is signed by an unknown authority ({server.Issuer}), not by one this machine trusts, and the kubeconfig names no certificate-authority");
        }

        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            var target = (sender as SslStream)?.TargetHostName;
            problems.Add($"its certificate is not valid for the name {(string.IsNullOrEmpty(target) ? "asked for" : $"\"{target}\"")} (it is for {Names(server)})");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static X509ChainStatusFlags Flags(X509Chain chain) =>
        chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status);

    private static string Utc(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Names(X509Certificate2 certificate)
    {
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>()
            .SelectMany(e => e.EnumerateDnsNames().Concat(e.EnumerateIPAddresses().Select(a => a.ToString())))
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : certificate.Subject;
    }
}
