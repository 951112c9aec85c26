using JobSharp.Linting;

namespace JobSharp.Validation;

/// <summary>
/// Thrown by <c>Build()</c> when a manifest is invalid. It carries every problem at once; its message has a
/// first line naming the object (with its namespace, when it has one) and then one line per problem.
/// </summary>
public sealed class ManifestValidationException : Exception
{
    /// <summary>Creates the exception for the object <paramref name="objectName"/> of kind <paramref name="kind"/>.</summary>
    /// <param name="kind">The object's kind, such as <c>Job</c>.</param>
    /// <param name="objectName">The object's name.</param>
    /// <param name="issues">Every problem found; at least one.</param>
    /// <param name="namespace">The object's namespace, or null when none is set.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="namespace"/> is null.</exception>
    public ManifestValidationException(string kind, string objectName, IReadOnlyList<ValidationIssue> issues, string? @namespace = null)
        : base(Describe(kind, objectName, issues, @namespace))
    {
        Kind = kind;
        ObjectName = objectName;
        Namespace = @namespace;
        Issues = issues;
    }

    /// <summary>The kind of the invalid object.</summary>
    public string Kind { get; }

    /// <summary>The name of the invalid object.</summary>
    public string ObjectName { get; }

    /// <summary>The namespace of the invalid object, or null when it names none.</summary>
    public string? Namespace { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    private static string Describe(string kind, string objectName, IReadOnlyList<ValidationIssue> issues, string? @namespace)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(objectName);
        ArgumentNullException.ThrowIfNull(issues);
        var noun = issues.Count == 1 ? "problem" : "problems";
        var lines = issues.Select(i => "  " + i);
        return $"{ManifestRef.Describe(kind, objectName, @namespace)} is invalid ({issues.Count} {noun}):\n{string.Join('\n', lines)}";
    }
}
