namespace JobSharp.Testing;

/// <summary>
/// A snapshot test failed: the manifests differ from the committed <c>.verified.yaml</c> file, or there is none yet.
/// The message holds a unified diff per object and the command that accepts the result, which is written beside
/// the verified file as <c>.received.yaml</c>.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public SnapshotMismatchException()
        : base("The manifests differ from their snapshot.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What differs, and how to accept it.</param>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What differs, and how to accept it.</param>
    /// <param name="innerException">The cause.</param>
    public SnapshotMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
