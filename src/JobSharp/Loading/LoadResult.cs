namespace JobSharp.Loading;

/// <summary>What loading a YAML stream produced: the objects that loaded cleanly and every problem found.</summary>
public sealed class LoadResult
{
    internal LoadResult(IReadOnlyList<LoadedManifest> documents, IReadOnlyList<LoadError> errors)
    {
        Documents = documents;
        Errors = errors;
    }

    /// <summary>
    /// The documents that loaded without a problem, in stream order. A document with any load error is left out,
    /// so that a half-read object is never validated or rendered; its problems are in <see cref="Errors"/>.
    /// </summary>
    public IReadOnlyList<LoadedManifest> Documents { get; }

    /// <summary>Every problem found, in the order of the text.</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    /// <summary>True when there are no errors.</summary>
    public bool Succeeded => Errors.Count == 0;
}
