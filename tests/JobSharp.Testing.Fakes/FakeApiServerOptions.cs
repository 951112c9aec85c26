namespace JobSharp.Testing.Fakes;

/// <summary>How a <see cref="FakeApiServer"/> starts.</summary>
public sealed class FakeApiServerOptions
{
    /// <summary>The namespaces every cluster has.</summary>
    public static IReadOnlyList<string> SystemNamespaces { get; } = ["default", "kube-system", "kube-public", "kube-node-lease"];

    /// <summary>The clock for timestamps (the system clock when null).</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>The loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Namespaces to create besides <see cref="SystemNamespaces"/>.</summary>
    public IReadOnlyList<string> Namespaces { get; init; } = [];

    /// <summary>How long the garbage collector waits before it removes the dependents of an object deleted in the foreground, and then the object.</summary>
    public TimeSpan GarbageCollectionDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>When set, every new Job runs by itself as the scenario says (pods, logs, conditions); when null, only scripts move Jobs.</summary>
    public FakeScenario? Controller { get; init; }

    /// <summary>
    /// When true, the server speaks https only, with a certificate for 127.0.0.1 and localhost signed by a CA made at
    /// start (<see cref="FakeApiServer.Tls"/>); the kubeconfig it writes carries that CA and a token.
    /// </summary>
    public bool Https { get; init; }

    /// <summary>With <see cref="Https"/>: the server certificate's validity ended yesterday.</summary>
    public bool ExpiredCertificate { get; init; }

    /// <summary>With <see cref="Https"/>: the handshake requires a client certificate signed by the server's CA.</summary>
    public bool RequireClientCertificate { get; init; }

    /// <summary>When set, a request without <c>Authorization: Bearer TOKEN</c> (and without a trusted client certificate) gets 401 Unauthorized.</summary>
    public string? RequiredToken { get; init; }
}
