using JobSharp.Testing.Fakes;
using k8s.Models;

namespace JobSharp.Cluster.Tests.Support;

/// <summary>A fake API server, a temporary kubeconfig pointing at it, and a <see cref="JobCluster"/> on it.</summary>
internal sealed class FakeCluster : IAsyncDisposable
{
    public const string Namespace = "batch-test";

    private FakeCluster(FakeApiServer server, string folder, string kubeconfig, ClusterConnection connection)
    {
        Server = server;
        Folder = folder;
        Kubeconfig = kubeconfig;
        Connection = connection;
        Cluster = new JobCluster(connection);
    }

    public FakeApiServer Server { get; }

    public string Folder { get; }

    public string Kubeconfig { get; }

    public ClusterConnection Connection { get; }

    public JobCluster Cluster { get; }

    public static async Task<FakeCluster> StartAsync(
        TimeProvider? time = null, RequestRetryPolicy? retry = null, TimeSpan? requestTimeout = null, FakeScenario? controller = null, bool https = false, Action<string>? warnings = null)
    {
        var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Namespaces = [Namespace], Controller = controller, Https = https });
        var folder = Directory.CreateTempSubdirectory("jobsharp-cluster-").FullName;
        var kubeconfig = server.WriteKubeconfig(folder, "fake", Namespace);
        var connection = ClusterConnection.Open(new ClusterConnectionOptions
        {
            Kubeconfig = kubeconfig,
            TimeProvider = time,
            Retry = retry ?? new RequestRetryPolicy { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20) },
            EnvironmentVariables = _ => null,
            RequestTimeout = requestTimeout ?? ClusterConnectionOptions.DefaultRequestTimeout,
            Warnings = warnings,
        });
        return new FakeCluster(server, folder, kubeconfig, connection);
    }

    public static V1Job Job(string name, string image = "busybox:1.36") =>
        global::JobSharp.Job.Create(name).AddContainer("main", image).ToModel();

    public async ValueTask DisposeAsync()
    {
        Connection.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
