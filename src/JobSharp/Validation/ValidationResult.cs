namespace JobSharp.Validation;

/// <summary>The outcome of validating one manifest: every problem found, in field order.</summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result holding <paramref name="issues"/>.</summary>
    /// <param name="issues">The problems found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> is null.</exception>
    public ValidationResult(IEnumerable<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        Issues = [.. issues];
    }

    /// <summary>A result with no problems.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Every problem found; empty when the manifest is valid.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Issues.Count == 0;
}
