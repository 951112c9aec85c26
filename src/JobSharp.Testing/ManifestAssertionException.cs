namespace JobSharp.Testing;

/// <summary>A <see cref="ManifestAssert"/> check failed; the message lists every problem, one per line.</summary>
public sealed class ManifestAssertionException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ManifestAssertionException()
        : base("A manifest assertion failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The problems found.</param>
    public ManifestAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The problems found.</param>
    /// <param name="innerException">The cause.</param>
    public ManifestAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
