using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>validatePodFailurePolicy</c> and <c>validatePodReplacementPolicy</c>.</summary>
internal static class PodFailurePolicyRules
{
    private const int MaxRules = 20;
    private const int MaxExitCodes = 255;
    private const int MaxPatterns = 20;

    public static void Validate(V1JobSpec spec, FieldPath path, IssueList issues)
    {
        var rules = spec.PodFailurePolicy.Rules ?? [];
        var rulesPath = path.Child("rules");
        if (rules.Count > MaxRules)
        {
            issues.TooMany(rulesPath, Codes.FailureRulesTooMany, rules.Count, MaxRules);
        }

        var pod = spec.Template?.Spec;
        var containerNames = (pod?.Containers ?? []).Concat(pod?.InitContainers ?? [])
            .Select(c => c?.Name ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            ValidateRule(spec, rules[i] ?? new V1PodFailurePolicyRule(), rulesPath.Index(i), containerNames, issues);
        }
    }

    public static void ValidateReplacementPolicy(V1JobSpec spec, FieldPath path, IssueList issues)
    {
        if (spec.PodReplacementPolicy is not { } policy)
        {
            return;
        }

        if (spec.PodFailurePolicy is not null)
        {
            if (policy != "Failed")
            {
                issues.NotSupported(path, Codes.ReplacementMustBeFailed, policy, "Failed");
            }
        }
        else if (policy is not "Failed" and not "TerminatingOrFailed")
        {
            issues.NotSupported(path, Codes.ReplacementNotSupported, policy, "Failed", "TerminatingOrFailed");
        }
    }

    private static void ValidateRule(V1JobSpec spec, V1PodFailurePolicyRule rule, FieldPath path, HashSet<string> containerNames, IssueList issues)
    {
        var actionPath = path.Child("action");
        switch (rule.Action)
        {
            case null or "":
                issues.Required(actionPath, Codes.FailureActionRequired, "valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]");
                break;
            case "FailIndex":
                if (spec.BackoffLimitPerIndex is null)
                {
                    issues.Invalid(actionPath, Codes.FailIndexNeedsBackoffLimitPerIndex, rule.Action, "requires the backoffLimitPerIndex to be set");
                }

                break;
            case "Count" or "FailJob" or "Ignore":
                break;
            default:
                issues.NotSupported(actionPath, Codes.FailureActionNotSupported, rule.Action, "Count", "FailIndex", "FailJob", "Ignore");
                break;
        }

        var conditions = rule.OnPodConditions ?? [];
        if (rule.OnExitCodes is not null)
        {
            ValidateExitCodes(rule.OnExitCodes, path.Child("onExitCodes"), containerNames, issues);
        }

        if (conditions.Count > 0)
        {
            ValidateConditions(conditions, path.Child("onPodConditions"), issues);
        }

        if (rule.OnExitCodes is not null && conditions.Count > 0)
        {
            issues.Invalid(path, Codes.FailureRuleBothMatchers, null, "specifying both OnExitCodes and OnPodConditions is not supported");
        }

        if (rule.OnExitCodes is null && conditions.Count == 0)
        {
            issues.Invalid(path, Codes.FailureRuleNoMatcher, null, "specifying one of OnExitCodes and OnPodConditions is required");
        }
    }

    private static void ValidateExitCodes(V1PodFailurePolicyOnExitCodesRequirement onExitCodes, FieldPath path, HashSet<string> containerNames, IssueList issues)
    {
        var op = onExitCodes.OperatorProperty;
        if (string.IsNullOrEmpty(op))
        {
            issues.Required(path.Child("operator"), Codes.ExitCodesOperatorRequired, "valid values: [\"In\" \"NotIn\"]");
        }
        else if (op is not "In" and not "NotIn")
        {
            issues.NotSupported(path.Child("operator"), Codes.ExitCodesOperatorNotSupported, op, "In", "NotIn");
        }

        if (onExitCodes.ContainerName is { } containerName && !containerNames.Contains(containerName))
        {
            issues.Invalid(path.Child("containerName"), Codes.ExitCodesContainerUnknown, containerName, "must be one of the container or initContainer names in the pod template");
        }

        var values = onExitCodes.Values ?? [];
        var valuesPath = path.Child("values");
        if (values.Count == 0)
        {
            issues.Invalid(valuesPath, Codes.ExitCodesValuesEmpty, values, "at least one value is required");
        }
        else if (values.Count > MaxExitCodes)
        {
            issues.TooMany(valuesPath, Codes.ExitCodesValuesTooMany, values.Count, MaxExitCodes);
        }

        var seen = new HashSet<int>();
        var ordered = true;
        for (var j = 0; j < values.Count; j++)
        {
            if (op == "In" && values[j] == 0)
            {
                issues.Invalid(valuesPath.Index(j), Codes.ExitCodeZeroWithIn, values[j], "must not be 0 for the In operator");
            }

            if (!seen.Add(values[j]))
            {
                issues.Duplicate(valuesPath.Index(j), Codes.ExitCodeDuplicate, values[j]);
            }

            ordered &= j == 0 || values[j - 1] <= values[j];
        }

        if (!ordered)
        {
            issues.Invalid(valuesPath, Codes.ExitCodesNotOrdered, values, "must be ordered");
        }
    }

    private static void ValidateConditions(IList<V1PodFailurePolicyOnPodConditionsPattern> conditions, FieldPath path, IssueList issues)
    {
        if (conditions.Count > MaxPatterns)
        {
            issues.TooMany(path, Codes.PodConditionsTooMany, conditions.Count, MaxPatterns);
        }

        for (var j = 0; j < conditions.Count; j++)
        {
            var pattern = conditions[j] ?? new V1PodFailurePolicyOnPodConditionsPattern();
            var patternPath = path.Index(j);
            var type = pattern.Type ?? string.Empty;
            issues.Invalid(patternPath.Child("type"), Codes.PodConditionTypeInvalid, type, NameRules.QualifiedName(type));
            switch (pattern.Status)
            {
                case null or "":
                    issues.Required(patternPath.Child("status"), Codes.PodConditionStatusRequired, "valid values: [\"False\" \"True\" \"Unknown\"]");
                    break;
                case "False" or "True" or "Unknown":
                    break;
                default:
                    issues.NotSupported(patternPath.Child("status"), Codes.PodConditionStatusNotSupported, pattern.Status, "False", "True", "Unknown");
                    break;
            }
        }
    }
}
