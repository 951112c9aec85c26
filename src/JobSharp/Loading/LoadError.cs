using System.Globalization;

namespace JobSharp.Loading;

/// <summary>
/// One problem found while loading YAML: a syntax error, an unknown field, a value of the wrong type, an
/// unsupported kind, or input that exceeds a limit. Loading reports these as data; it never throws for them.
/// </summary>
/// <param name="Code">A stable code, such as <c>JS2010</c>, documented in <c>docs/loading.md</c>.</param>
/// <param name="SourceName">The file name or other name the text was loaded under.</param>
/// <param name="Line">The line, starting at 1.</param>
/// <param name="Column">The column, starting at 1.</param>
/// <param name="Path">The field path, such as <c>spec.template.spec.containers[0].image</c>; empty when the problem has none.</param>
/// <param name="Message">What is wrong, in words a person can act on.</param>
public sealed record LoadError(string Code, string SourceName, int Line, int Column, string Path, string Message)
{
    /// <summary>The error as <c>FILE:LINE:COL: error CODE: path: message</c> (without <c>path: </c> when there is none).</summary>
    /// <returns>One line of text.</returns>
    public override string ToString() => Path.Length == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{SourceName}:{Line}:{Column}: error {Code}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"{SourceName}:{Line}:{Column}: error {Code}: {Path}: {Message}");
}
