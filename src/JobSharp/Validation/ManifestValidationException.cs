namespace JobSharp.Validation;

/// <summary>
/// Thrown by <c>Build()</c> when a manifest is invalid. It carries every problem at once; its message has a
/// first line naming the object and then one line per problem.
/// </summary>
public sealed class ManifestValidationException : Exception
{
    /// <summary>Creates the exception for the object <paramref name="objectName"/> of kind <paramref name="kind"/>.</summary>
    /// <param name="kind">The object's kind, such as <c>Job</c>.</param>
    /// <param name="objectName">The object's name.</param>
    /// <param name="issues">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ManifestValidationException(string kind, string objectName, IReadOnlyList<ValidationIssue> issues)
        : base(Describe(kind, objectName, issues))
    {
        Kind = kind;
        ObjectName = objectName;
        Issues = issues;
    }

    /// <summary>The kind of the invalid object.</summary>
    public string Kind { get; }

    /// <summary>The name of the invalid object.</summary>
    public string ObjectName { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    private static string Describe(string kind, string objectName, IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(objectName);
        ArgumentNullException.ThrowIfNull(issues);
        var noun = issues.Count == 1 ? "problem" : "problems";
        var lines = issues.Select(i => "  " + i);
        return $"{kind} '{objectName}' is invalid ({issues.Count} {noun}):\n{string.Join('\n', lines)}";
    }
}
