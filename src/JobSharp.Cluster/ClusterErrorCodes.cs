namespace JobSharp.Cluster;

/// <summary>The stable codes of <see cref="ClusterException"/>.</summary>
public static class ClusterErrorCodes
{
    /// <summary>The kubeconfig file named (explicitly or by <c>KUBECONFIG</c>) does not exist.</summary>
    public const string KubeconfigNotFound = "JS3001";

    /// <summary>The requested context is not in the kubeconfig.</summary>
    public const string UnknownContext = "JS3002";

    /// <summary>The kubeconfig cannot be read or is not usable.</summary>
    public const string InvalidKubeconfig = "JS3003";

    /// <summary>There is no kubeconfig and the process is not running inside a cluster.</summary>
    public const string NoConfiguration = "JS3004";

    /// <summary>The API server cannot be reached.</summary>
    public const string Unreachable = "JS3005";

    /// <summary>The API server answered with an error JobSharp has no more specific code for.</summary>
    public const string ApiError = "JS3010";

    /// <summary>The API server refused the request (403 Forbidden) or the credentials (401).</summary>
    public const string Forbidden = "JS3011";

    /// <summary>The object does not exist.</summary>
    public const string NotFound = "JS3012";

    /// <summary>Server-side apply found fields owned by another field manager (409 Conflict).</summary>
    public const string ApplyConflict = "JS3013";

    /// <summary>The apply changes a field the API server does not allow to change.</summary>
    public const string ImmutableField = "JS3014";

    /// <summary>The API server rejected the object as invalid (422) for another reason.</summary>
    public const string Invalid = "JS3015";

    /// <summary>The API server kept answering 429 or 5xx after every retry.</summary>
    public const string RetriesExhausted = "JS3016";

    /// <summary>A wait for deletion (before a recreate) did not finish in time.</summary>
    public const string DeletionTimedOut = "JS3017";

    /// <summary>The object is of a kind JobSharp does not apply (only Job and CronJob).</summary>
    public const string UnsupportedKind = "JS3018";

    /// <summary>The API server accepted the connection but did not answer within the request timeout.</summary>
    public const string NoAnswer = "JS3019";

    /// <summary>The TLS handshake with the API server failed: its certificate was not trusted (unknown authority, wrong name, expired) or it refused ours.</summary>
    public const string TlsFailed = "JS3020";
}
