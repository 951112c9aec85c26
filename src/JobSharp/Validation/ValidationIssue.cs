namespace JobSharp.Validation;

/// <summary>One problem with a manifest: where it is, what kind it is, a stable code and words to act on.</summary>
/// <param name="Path">The field path as the API server writes it, such as <c>spec.template.spec.containers[0].image</c>.</param>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Code">A stable code, such as <c>JS1001</c>, documented in the validation reference.</param>
/// <param name="Message">The detail, in the API server's words where it has them.</param>
public sealed record ValidationIssue(string Path, ValidationIssueKind Kind, string Code, string Message)
{
    /// <summary>
    /// The offending value as the API server prints it (strings quoted, numbers plain), or null when the server
    /// prints none (required, forbidden and too-long problems, and values it omits).
    /// </summary>
    public string? Value { get; init; }

    /// <summary>The API server's name for <see cref="Kind"/>, such as <c>Required value</c>.</summary>
    public string KindText => Kind switch
    {
        ValidationIssueKind.Required => "Required value",
        ValidationIssueKind.Invalid => "Invalid value",
        ValidationIssueKind.NotSupported => "Unsupported value",
        ValidationIssueKind.Duplicate => "Duplicate value",
        ValidationIssueKind.NotFound => "Not found",
        ValidationIssueKind.Forbidden => "Forbidden",
        ValidationIssueKind.TooLong => "Too long",
        _ => "Too many",
    };

    /// <summary>What is wrong, in the API server's layout: <c>Kind text[: value][: message]</c>.</summary>
    public string Description
    {
        get
        {
            var text = Value is null ? KindText : $"{KindText}: {Value}";
            return Message.Length == 0 ? text : $"{text}: {Message}";
        }
    }

    /// <summary>The issue as <c>CODE: path: Kind text[: value][: message]</c>.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString() => $"{Code}: {Path}: {Description}";
}
