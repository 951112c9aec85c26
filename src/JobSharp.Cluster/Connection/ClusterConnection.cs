using k8s;

namespace JobSharp.Cluster;

/// <summary>
/// An open connection to a cluster: the <see cref="Kubernetes"/> client built from the kubeconfig (or the
/// in-cluster service account), the chosen context and the namespace that commands use by default.
/// </summary>
public sealed class ClusterConnection : IDisposable
{
    internal ClusterConnection(Kubernetes client, string server, string? context, string @namespace, TimeProvider time, Action<string>? warnings = null, ConnectionSecurity? security = null)
    {
        Security = security;
        Warnings = warnings ?? (_ => { });
        Api = client;
        Server = server;
        Context = context;
        Namespace = @namespace;
        Time = time;
    }

    /// <summary>The Kubernetes client; every request goes through JobSharp's request timeout and retry handlers.</summary>
    public IKubernetes Client => Api;

    /// <summary>The same client as <see cref="Client"/>, for requests its typed operations cannot make (a raw watch).</summary>
    internal Kubernetes Api { get; }

    /// <summary>The API server's address.</summary>
    public string Server { get; }

    /// <summary>The kubeconfig context in use; null for the in-cluster configuration.</summary>
    public string? Context { get; }

    /// <summary>The namespace used when an object or a command names none.</summary>
    public string Namespace { get; }

    /// <summary>The clock used for retries, waits and timeouts.</summary>
    public TimeProvider Time { get; }

    /// <summary>How the connection authenticates and checks the server, for error messages; null when built by hand.</summary>
    internal ConnectionSecurity? Security { get; }

    /// <summary>Where warnings go (<see cref="ClusterConnectionOptions.Warnings"/>); never null.</summary>
    internal Action<string> Warnings { get; }

    /// <summary>Resolves the configuration as kubectl does and creates the client. Nothing is sent yet.</summary>
    /// <param name="options">Where to look; the defaults when null.</param>
    /// <returns>The connection.</returns>
    /// <exception cref="ClusterException">A kubeconfig is missing or unusable, or the context is unknown.</exception>
    public static ClusterConnection Open(ClusterConnectionOptions? options = null)
    {
        options ??= new ClusterConnectionOptions();
        var time = options.TimeProvider ?? TimeProvider.System;
        var (config, context, security) = KubeconfigResolver.Resolve(options);
        var @namespace = options.Namespace ?? (string.IsNullOrEmpty(config.Namespace) ? "default" : config.Namespace);
        // The request timeout bounds every request (KubernetesClient's own 100 s would end it with a bare
        // "The operation was canceled.", and does not cover a watch's headers).
        config.HttpClientTimeout = Timeout.InfiniteTimeSpan;
        var warnings = options.Warnings ?? (_ => { });
        Kubernetes client;
        try
        {
            client = new Kubernetes(
                config,
                new CredentialGuardHandler(security, config.Host, warnings),
                new UserAgentHandler(),
                new ContentHeadersHandler(),
                new WarningHandler(warnings),
                new RequestTimeoutHandler(options.RequestTimeout),
                new RetryHandler(options.Retry, time));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or FormatException or k8s.Exceptions.KubeConfigException)
        {
            throw new ClusterException(
                ClusterErrorCodes.InvalidKubeconfig, $"context \"{context}\" cannot be used: {KubeconfigResolver.OneLine(e.Message)}", e);
        }

        return new ClusterConnection(client, config.Host, context, @namespace, time, warnings, security);
    }

    /// <inheritdoc />
    public void Dispose() => Client.Dispose();
}
