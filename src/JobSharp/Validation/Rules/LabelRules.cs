using JobSharp.KubernetesRules;
using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary>Label maps, annotation maps and label selectors (apimachinery <c>ValidateLabels</c> and friends).</summary>
internal static class LabelRules
{
    private const int AnnotationsLimit = 256 * 1024;

    /// <summary>Every key must be a qualified name and every value a label value; errors use the map path.</summary>
    public static void ValidateLabels(IDictionary<string, string>? labels, FieldPath path, IssueList issues)
    {
        foreach (var (key, value) in Sorted(labels))
        {
            issues.Invalid(path, Codes.LabelKeyInvalid, key, NameRules.QualifiedName(key));
            var shown = CredentialNames.LooksLikeCredential(key) ? CredentialValues.Mask : value ?? string.Empty;
            issues.Invalid(path, Codes.LabelValueInvalid, shown, NameRules.LabelValue(value ?? string.Empty));
        }
    }

    /// <summary>Keys are qualified names (checked lower-cased); keys and values together stay under 256 KiB.</summary>
    public static void ValidateAnnotations(IDictionary<string, string>? annotations, FieldPath path, IssueList issues)
    {
        long total = 0;
        foreach (var (key, value) in Sorted(annotations))
        {
            issues.Invalid(path, Codes.AnnotationKeyInvalid, key, NameRules.QualifiedName(key.ToLowerInvariant()));
            total += NameRules.Bytes(key) + NameRules.Bytes(value ?? string.Empty);
        }

        if (total > AnnotationsLimit)
        {
            issues.TooLong(path, Codes.AnnotationsTooLong, AnnotationsLimit);
        }
    }

    /// <summary><c>ValidateLabelSelector</c>: matchLabels as labels, each requirement's operator, key and values.</summary>
    public static void ValidateSelector(V1LabelSelector selector, FieldPath path, IssueList issues)
    {
        ValidateLabels(selector.MatchLabels, path.Child("matchLabels"), issues);
        var expressions = selector.MatchExpressions ?? [];
        for (var i = 0; i < expressions.Count; i++)
        {
            var requirement = expressions[i] ?? new V1LabelSelectorRequirement();
            var itemPath = path.Child("matchExpressions").Index(i);
            var values = requirement.Values ?? [];
            switch (requirement.OperatorProperty)
            {
                case "In" or "NotIn":
                    if (values.Count == 0)
                    {
                        issues.Required(itemPath.Child("values"), Codes.SelectorValuesRequired, "must be specified when `operator` is 'In' or 'NotIn'");
                    }

                    break;
                case "Exists" or "DoesNotExist":
                    if (values.Count > 0)
                    {
                        issues.Forbidden(itemPath.Child("values"), Codes.SelectorValuesForbidden, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                    }

                    break;
                default:
                    issues.Invalid(itemPath.Child("operator"), Codes.SelectorOperatorInvalid, requirement.OperatorProperty ?? string.Empty, "not a valid selector operator");
                    break;
            }

            var key = requirement.Key ?? string.Empty;
            issues.Invalid(itemPath.Child("key"), Codes.LabelKeyInvalid, key, NameRules.QualifiedName(key));
            for (var j = 0; j < values.Count; j++)
            {
                var value = values[j] ?? string.Empty;
                issues.Invalid(itemPath.Child("values").Index(j), Codes.LabelValueInvalid, value, NameRules.LabelValue(value));
            }
        }
    }

    /// <summary>
    /// <c>metav1.LabelSelectorAsSelector(selector).Matches(labels)</c>; null when the selector cannot be
    /// converted (the server then skips the match check). A null selector matches nothing; an empty one everything.
    /// </summary>
    public static bool? Matches(V1LabelSelector? selector, IDictionary<string, string>? labels)
    {
        if (selector is null)
        {
            return false;
        }

        labels ??= new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in selector.MatchLabels ?? new Dictionary<string, string>())
        {
            if (NameRules.QualifiedName(key).Count != 0 || NameRules.LabelValue(value ?? string.Empty).Count != 0)
            {
                return null;
            }

            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        foreach (var requirement in selector.MatchExpressions ?? [])
        {
            var matched = Matches(requirement, labels);
            if (matched is not true)
            {
                return matched;
            }
        }

        return true;
    }

    private static bool? Matches(V1LabelSelectorRequirement? requirement, IDictionary<string, string> labels)
    {
        if (requirement is null || NameRules.QualifiedName(requirement.Key ?? string.Empty).Count != 0)
        {
            return null;
        }

        var values = requirement.Values ?? [];
        var has = labels.TryGetValue(requirement.Key!, out var actual);
        return requirement.OperatorProperty switch
        {
            "In" => values.Count == 0 ? null : has && values.Contains(actual),
            "NotIn" => values.Count == 0 ? null : !has || !values.Contains(actual),
            "Exists" => values.Count != 0 ? null : has,
            "DoesNotExist" => values.Count != 0 ? null : !has,
            _ => null,
        };
    }

    private static IEnumerable<KeyValuePair<string, string>> Sorted(IDictionary<string, string>? map) =>
        map is null ? [] : map.Where(p => p.Key is not null).OrderBy(p => p.Key, StringComparer.Ordinal);
}
