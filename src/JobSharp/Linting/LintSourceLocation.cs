namespace JobSharp.Linting;

/// <summary>Where a finding's field is written in a manifest file; lines and columns start at 1.</summary>
/// <param name="File">The file, as the user named it (relative paths stay relative).</param>
/// <param name="Line">The line, 1 or more.</param>
/// <param name="Column">The column, 1 or more.</param>
public sealed record LintSourceLocation(string File, int Line, int Column)
{
    /// <summary>The location as <c>FILE:LINE:COL</c>.</summary>
    /// <returns>The location text.</returns>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
