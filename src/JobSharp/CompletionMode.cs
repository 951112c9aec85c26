namespace JobSharp;

/// <summary>
/// When a Job counts as complete (<c>completionMode</c>). Set through <see cref="Job.Indexed"/> and
/// <see cref="Job.NonIndexed"/>; the server's default is <see cref="NonIndexed"/>.
/// </summary>
public enum CompletionMode
{
    /// <summary>Complete once <c>completions</c> pods have succeeded, whichever they were.</summary>
    NonIndexed,

    /// <summary>Each pod gets a completion index from 0 to <c>completions</c> − 1; complete once every index has succeeded.</summary>
    Indexed,
}
