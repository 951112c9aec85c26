namespace JobSharp.Cluster;

/// <summary>
/// A problem talking to the cluster: a missing kubeconfig, an unknown context, an unreachable server, or an
/// answer from the API server that JobSharp cannot act on. The message is one line meant for people; the code
/// (<c>JS3xxx</c>) is stable for scripts.
/// </summary>
public sealed class ClusterException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable code, such as <c>JS3001</c>; see <see cref="ClusterErrorCodes"/>.</param>
    /// <param name="message">One line describing the problem and, where there is one, the way out.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ClusterException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
    }

    /// <summary>The stable error code, such as <c>JS3001</c>.</summary>
    public string Code { get; }

    /// <summary>The HTTP status code of the API server's answer, when the problem came from one.</summary>
    public int? StatusCode { get; init; }
}
