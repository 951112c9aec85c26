using System.Text;
using JobSharp.Cluster.Tests.Support;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cluster.Tests;

/// <summary>
/// Credentials and TLS as kubectl handles them (issue 16, items 1, 2 and 9): no credentials over plain http, every
/// kubeconfig form kubectl accepts, and TLS and 401 failures that say why and what to do.
/// </summary>
public sealed class CredentialsAndTlsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("jobsharp-credentials-").FullName;
    private readonly List<string> warnings = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task PlainHttp_Token_NotSent_AndSaidOnce()
    {
        await using var server = await FakeApiServer.StartAsync();
        var path = Write("config", Config(server.Address, user: "{token: secret-token}"));
        using var connection = Open(path);
        var cluster = new JobCluster(connection);

        await cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        await cluster.ApplyAsync(FakeCluster.Job("again"), cancellationToken: Ct);

        Assert.Equal([string.Empty], server.Authorizations);
        var warning = Assert.Single(warnings);
        Assert.Equal(
            $"the credentials of user \"u\" (token) were not sent: the API server {server.Address} is plain http, where they would travel in clear (kubectl sends none either); use an https server to authenticate",
            warning);
        Assert.DoesNotContain("secret-token", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttp_ExecPlugin_NotRun_NotSent()
    {
        await using var server = await FakeApiServer.StartAsync();
        var marker = Path.Combine(folder, "plugin-ran");
        var plugin = Path.Combine(folder, "plugin.sh");
        File.WriteAllText(plugin, $$$"""
            #!/bin/sh
            touch '{{{marker}}}'
            echo '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"from-exec"}}'

            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(plugin, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var path = Write("config", Config(server.Address, user: $"{{exec: {{apiVersion: client.authentication.k8s.io/v1, command: '{plugin}'}}, username: admin, password: hunter2}}"));
        using var connection = Open(path);

        await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal([string.Empty], server.Authorizations);
        Assert.False(File.Exists(marker), "the exec plugin ran for a plain-http server");
        Assert.Contains("(username and password, exec) were not sent", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttp_UserWithoutCredentials_UsedAsKubectlProxy()
    {
        await using var server = await FakeApiServer.StartAsync();
        var path = Write("config", Config(server.Address, user: "{}"));
        using var connection = Open(path);

        var result = await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal([string.Empty], server.Authorizations);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task Https_WithoutCredentials_AnonymousAccess()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true });
        var path = Write("config", Config(server.Address, $"certificate-authority-data: {server.CertificateAuthorityData}", user: "{}"));
        using var connection = Open(path);

        var result = await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal([string.Empty], server.Authorizations);
    }

    [Fact]
    public async Task Https_Token_Sent()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, RequiredToken = "good" });
        var path = server.WriteKubeconfig(folder);
        using var connection = Open(path);

        await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(["Bearer good"], server.Authorizations);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task TokenFile_RelativeToTheKubeconfig_Sent()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, RequiredToken = "from-file" });
        Directory.CreateDirectory(Path.Combine(folder, "kube", "secrets"));
        File.WriteAllText(Path.Combine(folder, "kube", "secrets", "token"), "from-file\n");
        var path = Write(Path.Combine("kube", "config"), Config(
            server.Address, $"certificate-authority-data: {server.CertificateAuthorityData}", user: "{tokenFile: secrets/token, token: ignored}"));
        using var connection = Open(path);

        await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(["Bearer from-file"], server.Authorizations);
    }

    [Fact]
    public void TokenFile_Missing_OneLineNamingTheFileAndField()
    {
        var path = Write("config", Config("https://127.0.0.1:1", user: "{tokenFile: nope/token}"));

        var error = Assert.Throws<ClusterException>(() => Open(path));

        Assert.Equal(ClusterErrorCodes.InvalidKubeconfig, error.Code);
        Assert.Equal($"kubeconfig {path}: user \"u\": tokenFile: cannot read {Path.Combine(folder, "nope", "token")}: it does not exist", error.Message);
    }

    [Fact]
    public async Task ClientCertificate_Files_RelativeToTheKubeconfig()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, RequireClientCertificate = true, RequiredToken = "unused" });
        var (certificate, key) = server.Tls!.IssueClientCertificate("alice");
        Directory.CreateDirectory(Path.Combine(folder, "certs"));
        File.WriteAllText(Path.Combine(folder, "certs", "alice.crt"), certificate);
        File.WriteAllText(Path.Combine(folder, "certs", "alice.key"), key);
        File.WriteAllText(Path.Combine(folder, "certs", "ca.crt"), server.Tls.AuthorityPem);
        var path = Write("config", Config(server.Address, "certificate-authority: certs/ca.crt", user: "{client-certificate: certs/alice.crt, client-key: certs/alice.key}"));
        using var connection = Open(path);

        await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(["CN=alice, O=fake-users"], server.ClientCertificates);
    }

    [Fact]
    public async Task ClientCertificate_Data()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, RequireClientCertificate = true, RequiredToken = "unused" });
        var (certificate, key) = server.Tls!.IssueClientCertificate("bob");
        var path = Write("config", Config(
            server.Address,
            $"certificate-authority-data: {server.CertificateAuthorityData}",
            user: $"{{client-certificate-data: {Base64(certificate)}, client-key-data: {Base64(key)}}}"));
        using var connection = Open(path);

        await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(["CN=bob, O=fake-users"], server.ClientCertificates);
    }

    [Fact]
    public async Task ClientCertificate_NotTrustedByTheServer_SaysTheCertificateMayBeRefused()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, RequireClientCertificate = true });
        var (certificate, key) = FakeTls.IssueUntrustedClientCertificate("mallory");
        var path = Write("config", Config(
            server.Address,
            $"certificate-authority-data: {server.CertificateAuthorityData}",
            user: $"{{client-certificate-data: {Base64(certificate)}, client-key-data: {Base64(key)}}}"));
        using var connection = Open(path);

        var error = await Assert.ThrowsAsync<ClusterException>(() => new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.Unreachable, error.Code);
        Assert.StartsWith($"cannot reach the API server at {server.Address}: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(
            "(with TLS 1.3 a server that refuses the client certificate just drops the connection: check that the cluster trusts it)", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ClientCertificate_Unreadable_OneLineNamingTheFileAndField()
    {
        var path = Write("config", Config("https://127.0.0.1:1", user: "{client-certificate: missing.crt, client-key-data: a2V5}"));

        var error = Assert.Throws<ClusterException>(() => Open(path));

        Assert.Equal(ClusterErrorCodes.InvalidKubeconfig, error.Code);
        Assert.Equal($"kubeconfig {path}: user \"u\": client-certificate: cannot read {Path.Combine(folder, "missing.crt")}: it does not exist", error.Message);
    }

    [Fact]
    public void ClientKeyData_BadBase64_OneLineNamingTheFileAndField()
    {
        var (certificate, _) = FakeTls.IssueUntrustedClientCertificate("x");
        var path = Write("config", Config("https://127.0.0.1:1", user: $"{{client-certificate-data: {Base64(certificate)}, client-key-data: not*base64}}"));

        var error = Assert.Throws<ClusterException>(() => Open(path));

        Assert.Equal(ClusterErrorCodes.InvalidKubeconfig, error.Code);
        Assert.Equal($"kubeconfig {path}: user \"u\": client-key-data is not valid base64", error.Message);
    }

    [Theory]
    [InlineData("certificate-authority-data: 'LS0tLQ=='")]
    [InlineData("certificate-authority: ca.crt")]
    public void CertificateAuthority_WithInsecureSkipTlsVerify_RefusedAsKubectlRefusesIt(string authority)
    {
        var path = Write("config", Config("https://127.0.0.1:1", $"{authority}\n    insecure-skip-tls-verify: true", user: "{token: t}"));

        var error = Assert.Throws<ClusterException>(() => Open(path));

        Assert.Equal(ClusterErrorCodes.InvalidKubeconfig, error.Code);
        Assert.Equal(
            $"kubeconfig {path}: cluster \"c\": certificate-authority and insecure-skip-tls-verify are both set, which kubectl refuses too: remove one of them",
            error.Message);
    }

    [Fact]
    public void CertificateAuthorityData_BadBase64_OneLineNamingTheFileAndField()
    {
        var path = Write("config", Config("https://127.0.0.1:1", "certificate-authority-data: '%%%'", user: "{}"));

        var error = Assert.Throws<ClusterException>(() => Open(path));

        Assert.Equal(ClusterErrorCodes.InvalidKubeconfig, error.Code);
        Assert.Equal($"kubeconfig {path}: cluster \"c\": certificate-authority-data is not valid base64", error.Message);
    }

    [Fact]
    public async Task InsecureSkipTlsVerify_ConnectsWithoutTheCa()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, ExpiredCertificate = true });
        var path = Write("config", Config(server.Address, "insecure-skip-tls-verify: true", user: "{token: t}"));
        using var connection = Open(path);

        var result = await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal(["Bearer t"], server.Authorizations);
    }

    [Fact]
    public async Task TlsServerName_NameInTheCertificate_Connects()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true });
        var path = Write("config", Config(server.Address, $"certificate-authority-data: {server.CertificateAuthorityData}\n    tls-server-name: localhost", user: "{}"));
        using var connection = Open(path);

        var result = await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
    }

    [Fact]
    public async Task WrongCa_SaysUnknownAuthority_NamingTheServer()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true });
        using var other = FakeTls.Create(commonName: "someone-elses-ca");
        var path = Write("config", Config(server.Address, $"certificate-authority-data: {Base64(other.AuthorityPem)}", user: "{token: t}"));
        using var connection = Open(path);

        var error = await Assert.ThrowsAsync<ClusterException>(() => new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.TlsFailed, error.Code);
        Assert.Equal(
            $"the API server at {server.Address} is not trusted: its certificate is signed by an unknown authority (CN=fake-cluster-ca), not by the kubeconfig's certificate-authority",
            error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task TlsServerNameMismatch_SaysWhichName()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true });
        var path = Write("config", Config(server.Address, $"certificate-authority-data: {server.CertificateAuthorityData}\n    tls-server-name: api.example.com", user: "{token: t}"));
        using var connection = Open(path);

        var error = await Assert.ThrowsAsync<ClusterException>(() => new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.TlsFailed, error.Code);
        Assert.Equal(
            $"the API server at {server.Address} is not trusted: its certificate is not valid for the name \"api.example.com\" (it is for localhost, 127.0.0.1)",
            error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ExpiredServerCertificate_SaysExpired()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, ExpiredCertificate = true });
        var path = server.WriteKubeconfig(folder);
        using var connection = Open(path);

        var error = await Assert.ThrowsAsync<ClusterException>(() => new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.TlsFailed, error.Code);
        Assert.Matches(
            $"^the API server at {System.Text.RegularExpressions.Regex.Escape(server.Address)} is not trusted: its certificate expired on [0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}} [0-9:]{{8}}Z$",
            error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Unauthorized_Token_SaysHowToRefresh_NamingContextAndUser()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, RequiredToken = "current" });
        var path = Write("config", Config(server.Address, $"certificate-authority-data: {server.CertificateAuthorityData}", user: "{token: revoked}"));
        using var connection = Open(path);

        var error = await Assert.ThrowsAsync<ClusterException>(() => new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.Forbidden, error.Code);
        Assert.EndsWith(
            ": 401 Unauthorized: Unauthorized (the API server did not accept the credentials of context \"x\", user \"u\": the token may have expired or been revoked: get a new one and put it in the kubeconfig)",
            error.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("revoked}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthorized_ExecUser_SaysLogInAgain()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, RequiredToken = "current" });
        var plugin = ExecPlugin.Write(folder, "stale");
        var path = Write("config", Config(
            server.Address, $"certificate-authority-data: {server.CertificateAuthorityData}", user: $"{{exec: {{apiVersion: client.authentication.k8s.io/v1, command: '{plugin}'}}}}"));
        using var connection = Open(path);

        var error = await Assert.ThrowsAsync<ClusterException>(() => new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.Forbidden, error.Code);
        Assert.EndsWith(
            $"(the API server did not accept the credentials of context \"x\", user \"u\": log in again with the exec plugin's provider (it runs \"{plugin}\"), so that it hands out a valid token)",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProxyUrl_RequestsGoThroughTheProxy()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true });
        await using var proxy = FakeProxy.Start();
        var path = Write("config", Config(server.Address, $"certificate-authority-data: {server.CertificateAuthorityData}\n    proxy-url: {proxy.Address}", user: "{}"));
        using var connection = Open(path);

        await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(new Uri(server.Address).Authority, Assert.Single(proxy.Targets.Distinct()));
    }

    [Theory]
    [InlineData("", "gzip")]
    [InlineData("\n    disable-compression: true", "")]
    public async Task DisableCompression_NoGzipAsked(string field, string expected)
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true });
        var path = Write("config", Config(server.Address, $"certificate-authority-data: {server.CertificateAuthorityData}{field}", user: "{}"));
        using var connection = Open(path);

        await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.All(server.RequestHeaders, h => Assert.Equal(expected, h.AcceptEncoding));
    }

    private ClusterConnection Open(string path) => ClusterConnection.Open(new ClusterConnectionOptions
    {
        Kubeconfig = path,
        EnvironmentVariables = _ => null,
        Warnings = w =>
        {
            lock (warnings)
            {
                warnings.Add(w);
            }
        },
    });

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.ASCII.GetBytes(text));

    private static string Config(string server, string clusterFields = "", string user = "{}") => $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: c
          cluster:
            server: {server}
            {clusterFields}
        users:
        - name: u
          user: {user}
        contexts:
        - name: x
          context: {"{"}cluster: c, user: u, namespace: default{"}"}
        current-context: x

        """;
}
