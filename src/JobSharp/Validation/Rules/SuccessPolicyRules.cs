using System.Globalization;
using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>validateSuccessPolicy</c>: Indexed Jobs only, 1 to 20 rules, each with a count and/or an index list.</summary>
internal static class SuccessPolicyRules
{
    private const int MaxRules = 20;
    private const int MaxIndexesLength = 65536;

    public static void Validate(V1JobSpec spec, FieldPath path, IssueList issues)
    {
        if (spec.SuccessPolicy is not { } policy)
        {
            return;
        }

        if (spec.CompletionMode != "Indexed")
        {
            // The server checks the rules only for Indexed Jobs.
            issues.Invalid(path, Codes.SuccessPolicyRequiresIndexed, null, "requires indexed completion mode");
            return;
        }

        var rules = policy.Rules ?? [];
        var rulesPath = path.Child("rules");
        if (rules.Count == 0)
        {
            issues.Required(rulesPath, Codes.SuccessRulesRequired, "at least one rules must be specified when the successPolicy is specified");
        }

        if (rules.Count > MaxRules)
        {
            issues.TooMany(rulesPath, Codes.SuccessRulesTooMany, rules.Count, MaxRules);
        }

        for (var i = 0; i < rules.Count; i++)
        {
            ValidateRule(spec.Completions, rules[i] ?? new V1SuccessPolicyRule(), rulesPath.Index(i), issues);
        }
    }

    private static void ValidateRule(int? completions, V1SuccessPolicyRule rule, FieldPath path, IssueList issues)
    {
        long totalIndexes = 0;
        if (rule.SucceededIndexes is { } indexes)
        {
            var indexesPath = path.Child("succeededIndexes");
            if (NameRules.Bytes(indexes) > MaxIndexesLength)
            {
                issues.TooLong(indexesPath, Codes.SucceededIndexesTooLong, MaxIndexesLength);
            }

            // The server dereferences completions here; without completions there is nothing to compare with.
            if (completions is { } limit)
            {
                var error = IndexIntervals.Count(indexes, limit, out totalIndexes);
                if (error is not null)
                {
                    issues.Invalid(indexesPath, Codes.SucceededIndexesInvalid, indexes, "error parsing succeededIndexes: " + error);
                }
            }
        }

        if (rule.SucceededCount is { } count)
        {
            var countPath = path.Child("succeededCount");
            issues.NonNegative(countPath, Codes.SucceededCountNegative, count);
            if (count > completions)
            {
                issues.Invalid(countPath, Codes.SucceededCountAboveCompletions, count, string.Format(CultureInfo.InvariantCulture, "must be less than or equal to {0} (the number of specified completions)", completions));
            }

            if (rule.SucceededIndexes is not null && completions is not null && count > totalIndexes)
            {
                issues.Invalid(countPath, Codes.SucceededCountAboveIndexes, count, string.Format(CultureInfo.InvariantCulture, "must be less than or equal to {0} (the number of indexes in the specified succeededIndexes field)", totalIndexes));
            }
        }

        if (rule.SucceededCount is null && rule.SucceededIndexes is null)
        {
            issues.Required(path, Codes.SuccessRuleEmpty, "at least one of succeededCount or succeededIndexes must be specified");
        }
    }
}
