namespace JobSharp.Cluster;

/// <summary>
/// How to find the cluster, the way kubectl does: an explicit kubeconfig path, else the files listed in
/// <c>KUBECONFIG</c> (merged, the first file that sets a value wins), else <c>~/.kube/config</c>, else the
/// in-cluster service account.
/// </summary>
public sealed record ClusterConnectionOptions
{
    /// <summary>The default <see cref="RequestTimeout"/>: 30 s.</summary>
    public static TimeSpan DefaultRequestTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>An explicit kubeconfig file (<c>--kubeconfig</c>); it must exist.</summary>
    public string? Kubeconfig { get; init; }

    /// <summary>The context to use (<c>--context</c>); the kubeconfig's current context when null.</summary>
    public string? Context { get; init; }

    /// <summary>The namespace (<c>-n</c>); the context's namespace, else <c>default</c>, when null.</summary>
    public string? Namespace { get; init; }

    /// <summary>Reads an environment variable; <see cref="Environment.GetEnvironmentVariable(string)"/> when null.</summary>
    public Func<string, string?>? EnvironmentVariables { get; init; }

    /// <summary>The clock for retries and waits; <see cref="TimeProvider.System"/> when null.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>
    /// How long one request may take in all, its retries included, before it fails with
    /// <see cref="ClusterErrorCodes.NoAnswer"/>; like kubectl's <c>--request-timeout</c>. A watch or a log follow is
    /// bounded only until the server starts answering. Null or zero: no limit. Measured in real time, not on
    /// <see cref="TimeProvider"/>, since it bounds the network.
    /// </summary>
    public TimeSpan? RequestTimeout { get; init; } = DefaultRequestTimeout;

    /// <summary>How 429 and 5xx answers are retried.</summary>
    public RequestRetryPolicy Retry { get; init; } = RequestRetryPolicy.Default;

    /// <summary>
    /// Where warnings go, one line each without a prefix: the server's <c>Warning</c> response headers
    /// (deprecations, fields an older cluster drops) and JobSharp's own notices about the connection. kubectl prints
    /// these on standard error as <c>Warning: ...</c>; ignored when null.
    /// </summary>
    public Action<string>? Warnings { get; init; }
}
