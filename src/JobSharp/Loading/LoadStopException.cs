namespace JobSharp.Loading;

/// <summary>Ends the reading of a stream after a fatal problem (a limit passed, too many errors); already recorded as a <see cref="LoadError"/>.</summary>
internal sealed class LoadStopException : Exception
{
    public LoadStopException()
    {
    }

    public LoadStopException(string message)
        : base(message)
    {
    }

    public LoadStopException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
