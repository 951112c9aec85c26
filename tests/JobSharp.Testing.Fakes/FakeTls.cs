using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace JobSharp.Testing.Fakes;

/// <summary>
/// A certificate authority made for one fake API server when it starts, its server certificate (for
/// <c>127.0.0.1</c> and <c>localhost</c>) and client certificates it signs on demand. Nothing touches the
/// machine's certificate stores.
/// </summary>
public sealed class FakeTls : IDisposable
{
    private FakeTls(X509Certificate2 authority, X509Certificate2 server)
    {
        Authority = authority;
        ServerCertificate = server;
    }

    /// <summary>The self-signed CA, with its private key.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The server certificate, with its private key.</summary>
    public X509Certificate2 ServerCertificate { get; }

    /// <summary>The CA certificate in PEM, as a kubeconfig's <c>certificate-authority</c> file holds it.</summary>
    public string AuthorityPem => Authority.ExportCertificatePem();

    /// <summary>A new CA and a server certificate for 127.0.0.1 and localhost that it signed.</summary>
    /// <param name="expired">When true, the server certificate's validity ended yesterday.</param>
    /// <param name="commonName">The CA's common name.</param>
    public static FakeTls Create(bool expired = false, string commonName = "fake-cluster-ca")
    {
        var authority = CreateAuthority(commonName);
        var now = DateTimeOffset.UtcNow;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=kube-apiserver", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var (notBefore, notAfter) = expired ? (now.AddDays(-10), now.AddDays(-1)) : (now.AddDays(-1), now.AddDays(10));
        using var signed = request.Create(authority, notBefore, notAfter, RandomSerial());
        return new FakeTls(authority, WithKey(signed, key));
    }

    /// <summary>A client certificate for <paramref name="user"/> signed by this CA: the certificate and its key in PEM.</summary>
    public (string CertificatePem, string KeyPem) IssueClientCertificate(string user) => Issue(Authority, user);

    /// <summary>A client certificate signed by another CA, which this server does not trust.</summary>
    public static (string CertificatePem, string KeyPem) IssueUntrustedClientCertificate(string user)
    {
        using var other = CreateAuthority("another-ca");
        return Issue(other, user);
    }

    /// <summary>Whether <paramref name="certificate"/> was signed by this CA and is valid now.</summary>
    public bool Trusts(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Authority.Dispose();
        ServerCertificate.Dispose();
    }

    private static (string, string) Issue(X509Certificate2 authority, string user)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={user}, O=fake-users", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        var now = DateTimeOffset.UtcNow;
        using var signed = request.Create(authority, now.AddDays(-1), now.AddDays(10), RandomSerial());
        return (signed.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    private static X509Certificate2 CreateAuthority(string commonName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var self = request.CreateSelfSigned(now.AddDays(-30), now.AddDays(30));
        return Reload(self);
    }

    private static X509Certificate2 WithKey(X509Certificate2 certificate, ECDsa key)
    {
        using var withKey = certificate.CopyWithPrivateKey(key);
        return Reload(withKey);
    }

    // An ephemeral key cannot always serve a TLS handshake; a PKCS#12 round trip gives a key every platform can use.
    private static X509Certificate2 Reload(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);

    private static byte[] RandomSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        return serial;
    }
}
