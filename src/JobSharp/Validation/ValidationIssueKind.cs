namespace JobSharp.Validation;

/// <summary>The kind of a validation problem, as the Kubernetes API server classifies it.</summary>
public enum ValidationIssueKind
{
    /// <summary>A value that must be given is missing (<c>Required value</c>).</summary>
    Required,

    /// <summary>A value is malformed or out of range (<c>Invalid value</c>).</summary>
    Invalid,

    /// <summary>A value is not one of the supported ones (<c>Unsupported value</c>).</summary>
    NotSupported,

    /// <summary>A value appears twice where it must be unique (<c>Duplicate value</c>).</summary>
    Duplicate,

    /// <summary>A referenced item does not exist (<c>Not found</c>).</summary>
    NotFound,

    /// <summary>A value is not allowed here (<c>Forbidden</c>).</summary>
    Forbidden,

    /// <summary>A value is longer than allowed (<c>Too long</c>).</summary>
    TooLong,

    /// <summary>A list has more items than allowed (<c>Too many</c>).</summary>
    TooMany,
}
