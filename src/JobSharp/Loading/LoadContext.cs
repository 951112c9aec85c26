namespace JobSharp.Loading;

/// <summary>The errors of one stream, with the name they are reported under and the cap on their number.</summary>
internal sealed class LoadContext(string sourceName)
{
    private readonly List<LoadError> _errors = [];
    private long _pathCharacters;

    public string SourceName { get; } = sourceName;

    public IReadOnlyList<LoadError> Errors => _errors;

    public int Count => _errors.Count;

    /// <summary>Records an error; past <see cref="LoadLimits.MaxErrors"/> it records that and stops the stream.</summary>
    public void Report(string code, SourceLocation at, string path, string message)
    {
        if (_errors.Count >= LoadLimits.MaxErrors)
        {
            _errors.Add(new LoadError(
                LoadErrorCode.TooManyErrors, SourceName, at.Line, at.Column, string.Empty,
                $"more than {LoadLimits.MaxErrors} errors; the rest of the input was not read"));
            throw new LoadStopException();
        }

        _errors.Add(new LoadError(code, SourceName, at.Line, at.Column, path, message));
    }

    /// <summary>Counts the characters of a recorded field path; past <see cref="LoadLimits.MaxPathCharacters"/> the stream stops.</summary>
    public void ChargePath(string path, SourceLocation at)
    {
        _pathCharacters += path.Length;
        if (_pathCharacters > LoadLimits.MaxPathCharacters)
        {
            throw Fatal(
                LoadErrorCode.TooManyNodes, at,
                $"the field paths of the input are longer than {LoadLimits.MaxPathCharacters} characters in all (very long keys, deeply nested); the rest of it was not read");
        }
    }

    /// <summary>Records an error that ends the stream, and stops.</summary>
    public LoadStopException Fatal(string code, SourceLocation at, string message)
    {
        _errors.Add(new LoadError(code, SourceName, at.Line, at.Column, string.Empty, message));
        return new LoadStopException(message);
    }
}
