namespace JobSharp.Linting;

/// <summary>One rule of the lint catalogue (<see cref="LintRules"/>), with the words that document it.</summary>
/// <param name="Id">The stable id, such as <c>JS4001</c>; ids are never reused.</param>
/// <param name="Name">A short kebab-case name, such as <c>job-without-ttl</c>.</param>
/// <param name="DefaultSeverity">The severity of the rule's findings.</param>
/// <param name="Summary">What the rule finds, in one line.</param>
/// <param name="Rationale">Why it matters.</param>
/// <param name="Fix">What to change.</param>
public sealed record LintRule(
    string Id,
    string Name,
    LintSeverity DefaultSeverity,
    string Summary,
    string Rationale,
    string Fix)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";
}
