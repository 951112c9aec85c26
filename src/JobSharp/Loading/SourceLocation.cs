namespace JobSharp.Loading;

/// <summary>A place in a YAML text: 1-based line and column, as editors and compilers count them.</summary>
/// <param name="Line">The line, starting at 1.</param>
/// <param name="Column">The column, starting at 1, counted in UTF-16 characters.</param>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <summary>The location as <c>LINE:COLUMN</c>.</summary>
    /// <returns>Text such as <c>12:7</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Line}:{Column}");
}
