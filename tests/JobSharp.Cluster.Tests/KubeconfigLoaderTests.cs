using k8s;
using k8s.KubeConfigModels;

namespace JobSharp.Cluster.Tests;

/// <summary>
/// kubeconfig files read through the model catalog, against KubernetesClient's own reflection-based reader:
/// the same configuration, unknown fields ignored as kubectl ignores them, and errors with line and column.
/// </summary>
public sealed class KubeconfigLoaderTests : IDisposable
{
    private const string Realistic = """
        apiVersion: v1
        kind: Config
        current-context: prod
        preferences: {}
        clusters:
          - name: prod-cluster
            cluster:
              server: https://10.0.0.1:6443
              certificate-authority-data: LS0tLS1CRUdJTg==
              tls-server-name: api.prod
              proxy-url: http://proxy:3128
              extensions:
                - name: client.authentication.k8s.io/exec
                  extension: {audience: prod}
          - name: dev
            cluster:
              server: http://127.0.0.1:8080
              insecure-skip-tls-verify: true
        contexts:
          - name: prod
            context: {cluster: prod-cluster, user: admin, namespace: batch}
          - name: dev
            context: {cluster: dev, user: dev}
        users:
          - name: admin
            user:
              client-certificate: certs/admin.crt
              client-key-data: a2V5
              token: abc
          - name: dev
            user:
              exec:
                apiVersion: client.authentication.k8s.io/v1
                command: aws
                args: [eks, get-token, --cluster-name, dev]
                env:
                  - {name: AWS_PROFILE, value: dev}
                interactiveMode: Never
                provideClusterInfo: false
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("jobsharp-kubeconfig-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_what_KubernetesClient_reads()
    {
        var path = Write("config", Realistic);

        var ours = KubeconfigLoader.Load(path);
        var theirs = KubernetesClientConfiguration.LoadKubeConfig(new FileInfo(path), false);

        Assert.Equal(KubernetesJson.Serialize(Comparable(theirs)), KubernetesJson.Serialize(Comparable(ours)));
        Assert.Equal("prod", ours.CurrentContext);
        Assert.Equal("batch", ours.Contexts.Single(c => c.Name == "prod").ContextDetails.Namespace);
        Assert.Equal(["eks", "get-token", "--cluster-name", "dev"], ours.Users.Single(u => u.Name == "dev").UserCredentials.ExternalExecution.Arguments);
        Assert.True(ours.Clusters.Single(c => c.Name == "dev").ClusterEndpoint.SkipTlsVerify);
    }

    [Fact]
    public void Ignores_fields_it_does_not_know_as_kubectl_does()
    {
        var config = KubeconfigLoader.Load(Write("config", """
            apiVersion: v1
            kind: Config
            current-context: x
            someFutureField: {a: 1}
            contexts: [{name: x, context: {cluster: c, user: u, futureSetting: true}}]
            """));

        Assert.Equal("c", config.Contexts.Single().ContextDetails.Cluster);
    }

    [Fact]
    public void An_empty_file_is_an_empty_configuration()
    {
        var config = KubeconfigLoader.Load(Write("empty", string.Empty));

        Assert.Null(config.CurrentContext);
        Assert.Empty(config.Contexts ?? []);
    }

    [Theory]
    [InlineData("current-context: [a, b]\n", ":1:18: error JS2012: current-context: expected string, found a list")]
    [InlineData("clusters:\n  - name: a\n    cluster:\n      insecure-skip-tls-verify: maybe\n", ":4:33: error JS2012: clusters[0].cluster.insecure-skip-tls-verify: expected a boolean")]
    [InlineData("clusters: [\n", ":2:1: error JS2001")]
    [InlineData("- just\n- a list\n", ":1:1: error JS2012: expected a mapping (K8SConfiguration), found a list")]
    public void Says_where_a_broken_file_is_broken(string text, string expected)
    {
        var path = Write("broken", text);

        var error = Assert.Throws<InvalidDataException>(() => KubeconfigLoader.Load(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Extras_the_first_file_defining_a_name_wins_and_paths_are_relative_to_it()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "a"));
        Directory.CreateDirectory(Path.Combine(_folder, "b"));
        var first = Write(Path.Combine("a", "config"), """
            clusters:
              - name: prod
                cluster: {server: "https://10.0.0.1", proxy-url: "socks5://proxy:1080", disable-compression: true}
            users:
              - name: admin
                user: {tokenFile: secrets/token}
            """);
        var second = Write(Path.Combine("b", "config"), """
            clusters:
              - name: prod
                cluster: {server: "https://10.0.0.2", proxy-url: "http://other:3128"}
              - name: dev
                cluster: {server: "https://10.0.0.3"}
            users:
              - name: admin
                user: {tokenFile: /elsewhere/token}
              - name: dev
                user: {tokenFile: dev-token}
            """);
        var extras = new KubeconfigExtras();

        extras.Add(new FileInfo(first));
        extras.Add(new FileInfo(second));

        Assert.Equal(new ClusterExtras(first, "socks5://proxy:1080", DisableCompression: true), extras.Cluster("prod"));
        Assert.Equal(new ClusterExtras(second, null, DisableCompression: false), extras.Cluster("dev"));
        Assert.Equal(new UserExtras(first, Path.Combine(_folder, "a", "secrets", "token")), extras.User("admin"));
        Assert.Equal(new UserExtras(second, Path.Combine(_folder, "b", "dev-token")), extras.User("dev"));
        Assert.Null(extras.User("nobody"));
    }

    [Fact]
    public void Retired_auth_provider_one_clear_line()
    {
        var path = Write("config", """
            apiVersion: v1
            kind: Config
            clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
            users: [{name: u, user: {auth-provider: {name: gcp, config: {access-token: secret}}}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            current-context: x
            """);

        var error = Assert.Throws<ClusterException>(() => ClusterConnection.Open(new ClusterConnectionOptions { Kubeconfig = path, EnvironmentVariables = _ => null }));

        Assert.Equal(ClusterErrorCodes.InvalidKubeconfig, error.Code);
        Assert.StartsWith("context \"x\" cannot be used: Please use the \"gke-gcloud-auth-plugin\" credential plugin instead.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    // KubernetesClient's reader also sets FileName; neither reader resolves paths (the merger does).
    private static K8SConfiguration Comparable(K8SConfiguration config)
    {
        config.FileName = null;
        return config;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
