namespace JobSharp.Linting;

/// <summary>Applies an object's suppression annotation to its findings.</summary>
internal static class Suppressions
{
    private static readonly string Path = $"metadata.annotations[{LintSuppression.AnnotationKey}]";

    public static void Apply(
        ManifestRef obj,
        IDictionary<string, string>? annotations,
        List<LintFinding> own,
        List<LintFinding> findings,
        List<SuppressedFinding> suppressed)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<LintFinding>();
        if (annotations is not null && annotations.TryGetValue(LintSuppression.AnnotationKey, out var value))
        {
            foreach (var (id, text) in LintSuppression.Parse(value ?? ""))
            {
                if (id is null)
                {
                    problems.Add(Finding(LintRules.SuppressionOfUnknownRule, obj, $"'{text}' is not a suppression; write \"JS4001: reason\""));
                }
                else if (LintRules.Find(id) is null)
                {
                    problems.Add(Finding(LintRules.SuppressionOfUnknownRule, obj, $"{id} is not a lint rule, so this suppression suppresses nothing"));
                }
                else if (text.Length == 0)
                {
                    problems.Add(Finding(LintRules.SuppressionWithoutReason, obj, $"the suppression of {id} has no reason, so it does not apply; write \"{id}: reason\""));
                }
                else
                {
                    reasons[id] = reasons.TryGetValue(id, out var earlier) ? $"{earlier}; {text}" : text;
                }
            }
        }

        foreach (var finding in own)
        {
            if (reasons.TryGetValue(finding.RuleId, out var reason))
            {
                suppressed.Add(new SuppressedFinding(finding, reason));
            }
            else
            {
                findings.Add(finding);
            }
        }

        findings.AddRange(problems.OrderBy(p => p.RuleId, StringComparer.Ordinal));
    }

    private static LintFinding Finding(LintRule rule, ManifestRef obj, string message) =>
        new(rule.Id, rule.DefaultSeverity, message, obj, Path);
}
