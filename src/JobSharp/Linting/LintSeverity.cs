namespace JobSharp.Linting;

/// <summary>How much a lint finding matters. Only <see cref="Error"/> findings make <c>lint</c> exit with 1.</summary>
public enum LintSeverity
{
    /// <summary>Worth knowing; nothing needs to change.</summary>
    Info,

    /// <summary>Likely to cause trouble; fix it or suppress it with a reason.</summary>
    Warning,

    /// <summary>Wrong or unsafe; <c>lint</c> fails while such a finding remains.</summary>
    Error,
}
