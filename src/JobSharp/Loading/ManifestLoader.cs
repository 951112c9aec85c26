using JobSharp.Internal;

namespace JobSharp.Loading;

/// <summary>
/// Loads Kubernetes batch/v1 Jobs and CronJobs from YAML strictly, the way the API server would accept them from
/// <c>kubectl apply</c> with strict field validation: every unknown field (with a "did you mean"), duplicate key,
/// wrong type and unsupported kind is reported with file, line and column, all of them and not only the first.
/// Plain scalars are read as kubectl reads them (YAML 1.1: <c>0440</c> is octal, <c>yes</c> a boolean). Hostile
/// input (alias bombs, deep nesting, huge or invalid text) ends in an error within bounded time and memory.
/// </summary>
/// <remarks>Problems in the YAML are returned as <see cref="LoadResult.Errors"/>; only caller mistakes and I/O failures throw.</remarks>
public static class ManifestLoader
{
    /// <summary>Loads every document of a YAML file.</summary>
    /// <param name="path">The file; errors name it as given.</param>
    /// <returns>The documents that loaded and every error found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read (not found, no access, ...).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LoadResult LoadFile(string path)
    {
        Guard.NotEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Load(stream, path);
    }

    /// <summary>Loads every document of YAML text.</summary>
    /// <param name="text">The YAML; a leading BOM is ignored.</param>
    /// <param name="sourceName">The name errors and documents carry, such as a file name or <c>&lt;stdin&gt;</c>.</param>
    /// <returns>The documents that loaded and every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="sourceName"/> is null.</exception>
    public static LoadResult LoadString(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var context = new LoadContext(sourceName);
        if (text.Length > LoadLimits.MaxInputBytes)
        {
            TextInput.TooLarge(context);
            return Finish(context, []);
        }

        return Parse(TextInput.Check(text, context), context);
    }

    /// <summary>Loads every document of a UTF-8 YAML stream, reading at most 16 MiB of it.</summary>
    /// <param name="stream">The bytes; strict UTF-8, a leading BOM is ignored. Not closed.</param>
    /// <param name="sourceName">The name errors and documents carry.</param>
    /// <returns>The documents that loaded and every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static LoadResult Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var context = new LoadContext(sourceName);
        return Parse(TextInput.ReadChecked(stream, context), context);
    }

    /// <summary>Loads every document of YAML text from a reader, reading at most 16 Mi characters of it.</summary>
    /// <param name="reader">The text. Not closed.</param>
    /// <param name="sourceName">The name errors and documents carry.</param>
    /// <returns>The documents that loaded and every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="IOException">Reading failed.</exception>
    public static LoadResult Load(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        return LoadString(TextInput.ReadBounded(reader, LoadLimits.MaxInputBytes), sourceName);
    }

    private static LoadResult Parse(string? text, LoadContext context)
    {
        var documents = new List<LoadedManifest>();
        if (text is null)
        {
            return Finish(context, documents);
        }

        var reader = new YamlTreeReader(text, context);
        try
        {
            while (reader.Next() is { } document)
            {
                DocumentBinder.Load(document, context, documents);
            }
        }
        catch (LoadStopException)
        {
            // The error that stopped loading is already recorded.
        }

        return Finish(context, documents);
    }

    private static LoadResult Finish(LoadContext context, List<LoadedManifest> documents) =>
        new(documents, [.. context.Errors]);
}
