using System.Net;
using System.Net.Sockets;
using JobSharp.Cluster.Tests.Support;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cluster.Tests;

public sealed class ConnectionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("jobsharp-kubeconfig-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Open_MissingExplicitKubeconfig_OneClearLine()
    {
        var path = Path.Combine(folder, "nope");

        var error = Assert.Throws<ClusterException>(() => ClusterConnection.Open(new ClusterConnectionOptions { Kubeconfig = path }));

        Assert.Equal(ClusterErrorCodes.KubeconfigNotFound, error.Code);
        Assert.Equal($"kubeconfig \"{path}\" does not exist", error.Message);
    }

    [Fact]
    public void Open_KubeconfigVariableWithOnlyMissingFiles_NotFound()
    {
        var error = Assert.Throws<ClusterException>(() => ClusterConnection.Open(new ClusterConnectionOptions
        {
            EnvironmentVariables = name => name == "KUBECONFIG" ? Path.Combine(folder, "a") + Path.PathSeparator + Path.Combine(folder, "b") : null,
        }));

        Assert.Equal(ClusterErrorCodes.KubeconfigNotFound, error.Code);
        Assert.Contains("KUBECONFIG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoKubeconfigAnywhere_NoConfiguration()
    {
        var error = Assert.Throws<ClusterException>(() => ClusterConnection.Open(new ClusterConnectionOptions
        {
            EnvironmentVariables = name => name == "HOME" ? folder : null,
        }));

        Assert.Equal(ClusterErrorCodes.NoConfiguration, error.Code);
    }

    [Fact]
    public async Task Open_ExecCredentialPlugin_SignsRequestsWithItsToken()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Https = true, RequiredToken = "from-exec" });
        var plugin = ExecPlugin.Write(folder, "from-exec");
        var path = Write("config", $$$"""
            apiVersion: v1
            kind: Config
            clusters: [{name: c, cluster: {server: "{{{server.Address}}}", certificate-authority-data: "{{{server.CertificateAuthorityData}}}"}}]
            users:
              - name: u
                user:
                  exec:
                    apiVersion: client.authentication.k8s.io/v1
                    command: {{{plugin}}}
            contexts: [{name: x, context: {cluster: c, user: u}}]
            current-context: x
            """);
        using var connection = ClusterConnection.Open(new ClusterConnectionOptions { Kubeconfig = path });

        await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(["Bearer from-exec"], server.Authorizations);
    }

    [Fact]
    public void Open_UnknownContext_NamesTheKnownOnes()
    {
        var path = Write("config", Kubeconfig("http://127.0.0.1:1", "dev", "prod"));

        var error = Assert.Throws<ClusterException>(() => ClusterConnection.Open(new ClusterConnectionOptions { Kubeconfig = path, Context = "staging" }));

        Assert.Equal(ClusterErrorCodes.UnknownContext, error.Code);
        Assert.Contains("context \"staging\" is not in the kubeconfig", error.Message, StringComparison.Ordinal);
        Assert.Contains("known contexts: dev, prod", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_KubeconfigVariableSeveralFiles_MergedFirstWins()
    {
        var first = Write("first", Kubeconfig("http://127.0.0.1:1", "dev") + "current-context: dev\n");
        var second = Write("second", Kubeconfig("http://127.0.0.1:2", "dev", "prod") + "current-context: prod\n");
        var variable = first + Path.PathSeparator + Path.Combine(folder, "missing") + Path.PathSeparator + second;

        using var dev = ClusterConnection.Open(new ClusterConnectionOptions { EnvironmentVariables = n => n == "KUBECONFIG" ? variable : null });
        using var prod = ClusterConnection.Open(new ClusterConnectionOptions { EnvironmentVariables = n => n == "KUBECONFIG" ? variable : null, Context = "prod" });

        Assert.Equal("dev", dev.Context);
        Assert.StartsWith("http://127.0.0.1:1", dev.Server, StringComparison.Ordinal);
        Assert.Equal("prod", prod.Context);
        Assert.StartsWith("http://127.0.0.1:2", prod.Server, StringComparison.Ordinal);
        Assert.Equal("ns-prod", prod.Namespace);
    }

    [Fact]
    public void Open_HomeKubeconfig_UsedWhenNothingElseIsSet()
    {
        Directory.CreateDirectory(Path.Combine(folder, ".kube"));
        Write(Path.Combine(".kube", "config"), Kubeconfig("http://127.0.0.1:3", "home") + "current-context: home\n");

        using var connection = ClusterConnection.Open(new ClusterConnectionOptions { EnvironmentVariables = n => n == "HOME" ? folder : null });
        using var explicitNs = ClusterConnection.Open(new ClusterConnectionOptions { EnvironmentVariables = n => n == "HOME" ? folder : null, Namespace = "other" });

        Assert.Equal("home", connection.Context);
        Assert.Equal("ns-home", connection.Namespace);
        Assert.Equal("other", explicitNs.Namespace);
    }

    [Fact]
    public async Task Requests_NameJobSharpInTheUserAgent_AsKubectlNamesItself()
    {
        await using var server = await FakeApiServer.StartAsync();
        var path = Write("config", $$$"""
            apiVersion: v1
            kind: Config
            clusters: [{name: c, cluster: {server: "{{{server.Address}}}"}}]
            users: [{name: u, user: {token: t}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            current-context: x
            """);
        using var connection = ClusterConnection.Open(new ClusterConnectionOptions { Kubeconfig = path });

        await new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        var agent = Assert.Single(server.UserAgents);
        Assert.Matches(@"^jobsharp/[0-9]+\.[0-9]+\.[0-9]+[-.0-9A-Za-z]* \((linux|darwin|windows)/(amd64|arm64)\)$", agent);
    }

    [Fact]
    public async Task ApplyAsync_UnreachableServer_OneClearLine()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var path = Write("closed", Kubeconfig($"http://127.0.0.1:{port}", "closed") + "current-context: closed\n");
        using var connection = ClusterConnection.Open(new ClusterConnectionOptions { Kubeconfig = path });

        var error = await Assert.ThrowsAsync<ClusterException>(() => new JobCluster(connection).ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.Unreachable, error.Code);
        Assert.StartsWith($"cannot reach the API server at http://127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Kubeconfig(string server, params string[] contexts)
    {
        var clusters = string.Concat(contexts.Select(c => $"- name: {c}\n  cluster:\n    server: {server}\n"));
        var users = string.Concat(contexts.Select(c => $"- name: {c}\n  user:\n    token: t\n"));
        var contextList = string.Concat(contexts.Select(c => $"- name: {c}\n  context:\n    cluster: {c}\n    user: {c}\n    namespace: ns-{c}\n"));
        return $"apiVersion: v1\nkind: Config\nclusters:\n{clusters}users:\n{users}contexts:\n{contextList}";
    }
}
