namespace JobSharp.Loading;

/// <summary>
/// Bounds that keep hostile input cheap: whatever the text, loading reads at most this much and stops with an
/// error when a bound is passed. Real manifests are far inside every one of them.
/// </summary>
internal static class LoadLimits
{
    /// <summary>The largest input read: 16 MiB of UTF-8 (or as many characters of text).</summary>
    public const int MaxInputBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and lists.</summary>
    public const int MaxDepth = 100;

    /// <summary>The most nodes (scalars, mappings, lists, counting what aliases expand to) in one stream.</summary>
    public const long MaxNodes = 250_000;

    /// <summary>The most nodes that aliases may expand to in one stream: enough for any honest reuse, far too few for a bomb.</summary>
    public const long MaxAliasNodes = 10_000;

    /// <summary>
    /// The most characters of values (keys and scalars) in one stream, counting what aliases expand to: as much as
    /// the largest input holds, so only aliases can pass it, and what a manifest expands to stays as small as
    /// the largest input.
    /// </summary>
    public const long MaxExpandedCharacters = MaxInputBytes;

    /// <summary>
    /// The most characters of field paths recorded for one stream (every value's path is kept for locations): a
    /// bound for documents whose keys are very long and very deep at once.
    /// </summary>
    public const long MaxPathCharacters = 32L * 1024 * 1024;

    /// <summary>The most errors reported for one stream.</summary>
    public const int MaxErrors = 1000;

    /// <summary>Keys longer than this get no "did you mean" suggestion (edit distance is quadratic).</summary>
    public const int MaxSuggestionKeyLength = 100;
}
