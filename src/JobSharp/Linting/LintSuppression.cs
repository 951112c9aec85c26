using System.Text.RegularExpressions;

namespace JobSharp.Linting;

/// <summary>
/// Suppressing lint findings per object, always with a reason: the annotation
/// <c>lint.jobsharp.io/suppress: "JS4001: cleaned up by the pipeline, JS4002: bounded by the script"</c> in YAML,
/// <see cref="SuppressLint"/> in C#. A suppression without a reason suppresses nothing and is itself a finding.
/// </summary>
public static partial class LintSuppression
{
    /// <summary>The annotation that carries suppressions.</summary>
    public const string AnnotationKey = "lint.jobsharp.io/suppress";

    /// <summary>
    /// Suppresses the findings of one rule for this Job, by adding <c>ruleId: reason</c> to the
    /// <see cref="AnnotationKey"/> annotation (appended to suppressions already there).
    /// </summary>
    /// <param name="job">The Job.</param>
    /// <param name="ruleId">The rule's id, such as <c>JS4001</c> (see <see cref="LintRules"/>).</param>
    /// <param name="reason">Why the finding does not apply, for whoever reads the Job next.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="ruleId"/> is not a rule of the catalogue, or <paramref name="reason"/> is blank or mentions a rule id.
    /// </exception>
    public static Job SuppressLint(this Job job, string ruleId, string reason)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(reason);
        var rule = LintRules.Find(ruleId)
            ?? throw new ArgumentException($"'{ruleId}' is not a lint rule id (see LintRules.All).", nameof(ruleId));
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A suppression needs a reason.", nameof(reason));
        }

        if (RuleIdPattern().IsMatch(reason))
        {
            throw new ArgumentException("The reason must not contain a rule id: it would read as another suppression.", nameof(reason));
        }

        var entry = $"{rule.Id}: {reason.Trim()}";
        // The Job's own annotations, not a built model: defining a Job builds nothing and runs no Customize lambda.
        var existing = job.Annotations.TryGetValue(AnnotationKey, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;
        return job.WithAnnotation(AnnotationKey, existing is null ? entry : $"{existing}, {entry}");
    }

    /// <summary>Reads an annotation value into its entries; text outside entries is reported with a null id.</summary>
    internal static List<(string? Id, string Text)> Parse(string value)
    {
        var entries = new List<(string? Id, string Text)>();
        var matches = RuleIdPattern().Matches(value);
        var leading = (matches.Count == 0 ? value : value[..matches[0].Index]).Trim().Trim(',', ';').Trim();
        if (leading.Length > 0)
        {
            entries.Add((null, leading));
        }

        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : value.Length;
            var rest = value[(matches[i].Index + matches[i].Length)..end];
            var reason = rest.Trim().TrimStart(':', '-').Trim().TrimEnd(',', ';').Trim();
            entries.Add((matches[i].Value.ToUpperInvariant(), reason));
        }

        return entries;
    }

    [GeneratedRegex(@"\bJS\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();
}
