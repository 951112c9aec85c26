using System.Globalization;

namespace JobSharp.Linting;

/// <summary>One thing the linter found about one object.</summary>
/// <param name="RuleId">The rule's id, such as <c>JS4001</c> (see <see cref="LintRules"/>).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What is wrong with this object, in one line.</param>
/// <param name="Manifest">The Job or CronJob the finding is about.</param>
/// <param name="Path">The field path, such as <c>spec.template.spec.containers[0].image</c>.</param>
public sealed record LintFinding(string RuleId, LintSeverity Severity, string Message, ManifestRef Manifest, string Path)
{
    /// <summary>
    /// Where the field is written, when the object came from a file; null for objects built in code. The linter
    /// leaves it null: whoever knows the file sets it with <see cref="WithLocation"/>.
    /// </summary>
    public LintSourceLocation? Location { get; init; }

    /// <summary>The same finding, located in a file.</summary>
    /// <param name="location">Where the field is written.</param>
    /// <returns>A new finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public LintFinding WithLocation(LintSourceLocation location) =>
        this with { Location = location ?? throw new ArgumentNullException(nameof(location)) };

    /// <summary>The severity as lower-case text: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public string SeverityText => Severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>
    /// The finding in compiler style: <c>FILE:LINE:COL: warning JS4001: spec.ttlSecondsAfterFinished: message</c>
    /// when it has a location, <c>job/NAME: warning JS4001: ...</c> otherwise.
    /// </summary>
    /// <returns>One line of text.</returns>
    public override string ToString()
    {
        var where = Location is null ? Manifest.ToString() : Location.ToString();
        return string.Create(CultureInfo.InvariantCulture, $"{where}: {SeverityText} {RuleId}: {Path}: {Message}");
    }
}
