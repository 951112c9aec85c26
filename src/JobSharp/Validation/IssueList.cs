using System.Globalization;

namespace JobSharp.Validation;

/// <summary>
/// Collects issues with the API server's error constructors (<c>field.Required</c>, <c>field.Invalid</c>, ...),
/// so every rule writes the same kinds and detail texts.
/// </summary>
internal sealed class IssueList
{
    private readonly List<ValidationIssue> _issues = [];

    public int Count => _issues.Count;

    public void AddRange(IssueList other) => _issues.AddRange(other._issues);

    public void Required(FieldPath path, string code, string detail = "") =>
        Add(path, ValidationIssueKind.Required, code, null, detail);

    public void Invalid(FieldPath path, string code, object? value, string detail) =>
        Add(path, ValidationIssueKind.Invalid, code, value, detail);

    public void Invalid(FieldPath path, string code, object? value, IEnumerable<string> details)
    {
        foreach (var detail in details)
        {
            Invalid(path, code, value, detail);
        }
    }

    public void NotSupported(FieldPath path, string code, object? value, params string[] supported) =>
        Add(path, ValidationIssueKind.NotSupported, code, value, SupportedValues(supported));

    public void Duplicate(FieldPath path, string code, object? value) =>
        Add(path, ValidationIssueKind.Duplicate, code, value, string.Empty);

    public void NotFound(FieldPath path, string code, object? value) =>
        Add(path, ValidationIssueKind.NotFound, code, value, string.Empty);

    public void Forbidden(FieldPath path, string code, string detail) =>
        Add(path, ValidationIssueKind.Forbidden, code, null, detail);

    public void TooLong(FieldPath path, string code, int max) =>
        Add(path, ValidationIssueKind.TooLong, code, null, Bytes(max));

    public void TooMany(FieldPath path, string code, int actual, int max) =>
        Add(path, ValidationIssueKind.TooMany, code, actual, max == 1 ? "must have at most 1 item" : $"must have at most {max.ToString(CultureInfo.InvariantCulture)} items");

    public void NonNegative(FieldPath path, string code, long? value)
    {
        if (value < 0)
        {
            Invalid(path, code, value.Value, "must be greater than or equal to 0");
        }
    }

    /// <summary>
    /// The issues in the order found, without repeats: two issues the server would print identically (same path,
    /// kind, value and detail) are one, as the server collapses identical errors; the first one's code is kept.
    /// </summary>
    /// <remarks>A plain loop over string keys: a generic tuple key would be compiled at start-up on every run.</remarks>
    public IReadOnlyList<ValidationIssue> ToList()
    {
        if (_issues.Count < 2)
        {
            return [.. _issues];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<ValidationIssue>(_issues.Count);
        foreach (var issue in _issues)
        {
            if (seen.Add(issue.Path + "\0" + issue.KindText + "\0" + issue.Value + "\0" + issue.Message))
            {
                distinct.Add(issue);
            }
        }

        return distinct;
    }

    /// <summary>The API server's <c>supported values: "a", "b"</c> detail.</summary>
    public static string SupportedValues(params string[] supported) =>
        "supported values: " + string.Join(", ", supported.Select(ValueText.Quote));

    private static string Bytes(int max) =>
        max == 1 ? "may not be more than 1 byte" : $"may not be more than {max.ToString(CultureInfo.InvariantCulture)} bytes";

    private void Add(FieldPath path, ValidationIssueKind kind, string code, object? value, string detail) =>
        _issues.Add(new ValidationIssue(path.Text, kind, code, detail) { Value = ValueText.Render(value) });
}
