namespace JobSharp.Linting;

/// <summary>A finding that the object's <c>lint.jobsharp.io/suppress</c> annotation silenced, with the reason given.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Reason">Why it was suppressed, as written in the annotation.</param>
public sealed record SuppressedFinding(LintFinding Finding, string Reason);
