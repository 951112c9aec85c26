namespace JobSharp.Linting;

/// <summary>What a lint run found: the findings that remain and those the manifests suppressed.</summary>
/// <param name="Findings">The findings that remain, per object in input order, then by rule id and path.</param>
/// <param name="Suppressed">The findings silenced by a suppression annotation with a reason.</param>
public sealed record LintReport(IReadOnlyList<LintFinding> Findings, IReadOnlyList<SuppressedFinding> Suppressed)
{
    /// <summary>True when an error-severity finding remains: <c>lint</c> then exits with 1.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == LintSeverity.Error);

    /// <summary>The same report with every finding located by <paramref name="locate"/>.</summary>
    /// <param name="locate">Returns where a finding's field is written, or null when it does not know.</param>
    /// <returns>A new report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="locate"/> is null.</exception>
    public LintReport WithLocations(Func<LintFinding, LintSourceLocation?> locate)
    {
        ArgumentNullException.ThrowIfNull(locate);
        LintFinding Locate(LintFinding f) => locate(f) is { } location ? f.WithLocation(location) : f;
        return new LintReport(
            [.. Findings.Select(Locate)],
            [.. Suppressed.Select(s => s with { Finding = Locate(s.Finding) })]);
    }
}
