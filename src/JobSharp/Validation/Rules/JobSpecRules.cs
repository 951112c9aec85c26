using System.Globalization;
using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary>
/// <c>validateJobSpec</c>: the spec rules shared by Jobs and CronJob job templates (scalars, completion mode,
/// per-index limits, managedBy, the policies, the pod template and the Job's restartPolicy).
/// </summary>
internal static class JobSpecRules
{
    private const int MaxParallelismForIndexed = 100_000;
    private const int MaxFailedIndexesForIndexed = 100_000;
    private const int CompletionsSoftLimit = 100_000;
    private const int LimitForHighCompletions = 10_000;
    private const int MaxManagedByLength = 63;

    public static void Validate(V1JobSpec spec, FieldPath path, IssueList issues)
    {
        issues.NonNegative(path.Child("parallelism"), Codes.Negative, spec.Parallelism);
        issues.NonNegative(path.Child("completions"), Codes.Negative, spec.Completions);
        issues.NonNegative(path.Child("activeDeadlineSeconds"), Codes.Negative, spec.ActiveDeadlineSeconds);
        issues.NonNegative(path.Child("backoffLimit"), Codes.Negative, spec.BackoffLimit);
        issues.NonNegative(path.Child("ttlSecondsAfterFinished"), Codes.Negative, spec.TtlSecondsAfterFinished);
        issues.NonNegative(path.Child("backoffLimitPerIndex"), Codes.Negative, spec.BackoffLimitPerIndex);
        if (spec.MaxFailedIndexes is not null)
        {
            issues.NonNegative(path.Child("maxFailedIndexes"), Codes.Negative, spec.MaxFailedIndexes);
            if (spec.BackoffLimitPerIndex is null)
            {
                issues.Required(path.Child("backoffLimitPerIndex"), Codes.BackoffLimitPerIndexRequired, "when maxFailedIndexes is specified");
            }
        }

        if (spec.ManagedBy is not null)
        {
            ValidateManagedBy(spec.ManagedBy, path.Child("managedBy"), issues);
        }

        ValidateCompletionMode(spec, path, issues);
        if (spec.PodFailurePolicy is not null)
        {
            PodFailurePolicyRules.Validate(spec, path.Child("podFailurePolicy"), issues);
        }

        SuccessPolicyRules.Validate(spec, path.Child("successPolicy"), issues);
        PodFailurePolicyRules.ValidateReplacementPolicy(spec, path.Child("podReplacementPolicy"), issues);
        PodTemplateRules.Validate(spec.Template, path.Child("template"), issues);
        ValidateRestartPolicy(spec, path.Child("template", "spec", "restartPolicy"), issues);
    }

    private static void ValidateCompletionMode(V1JobSpec spec, FieldPath path, IssueList issues)
    {
        var mode = spec.CompletionMode;
        if (mode is not null and not "NonIndexed" and not "Indexed")
        {
            issues.NotSupported(path.Child("completionMode"), Codes.CompletionModeNotSupported, mode, "NonIndexed", "Indexed");
        }

        if (mode == "Indexed")
        {
            ValidateIndexed(spec, path, issues);
        }

        if (mode is null or "NonIndexed")
        {
            if (spec.BackoffLimitPerIndex is { } perIndex)
            {
                issues.Invalid(path.Child("backoffLimitPerIndex"), Codes.RequiresIndexed, perIndex, "requires indexed completion mode");
            }

            if (spec.MaxFailedIndexes is { } maxFailed)
            {
                issues.Invalid(path.Child("maxFailedIndexes"), Codes.RequiresIndexed, maxFailed, "requires indexed completion mode");
            }
        }
    }

    private static void ValidateIndexed(V1JobSpec spec, FieldPath path, IssueList issues)
    {
        if (spec.Completions is null)
        {
            issues.Required(path.Child("completions"), Codes.IndexedCompletionsRequired, "when completion mode is Indexed");
        }

        if (spec.Parallelism > MaxParallelismForIndexed)
        {
            issues.Invalid(path.Child("parallelism"), Codes.IndexedParallelismTooHigh, spec.Parallelism.Value, "must be less than or equal to 100000 when completion mode is Indexed");
        }

        if (spec.MaxFailedIndexes > spec.Completions)
        {
            issues.Invalid(path.Child("maxFailedIndexes"), Codes.MaxFailedIndexesAboveCompletions, spec.MaxFailedIndexes!.Value, "must be less than or equal to completions");
        }

        if (spec.MaxFailedIndexes > MaxFailedIndexesForIndexed)
        {
            issues.Invalid(path.Child("maxFailedIndexes"), Codes.MaxFailedIndexesTooHigh, spec.MaxFailedIndexes.Value, "must be less than or equal to 100000");
        }

        if (spec.Completions > CompletionsSoftLimit && spec.BackoffLimitPerIndex is not null)
        {
            const string HighDetail = "must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index";
            if (spec.MaxFailedIndexes is null)
            {
                issues.Required(path.Child("maxFailedIndexes"), Codes.MaxFailedIndexesRequired, "must be specified when completions is above 100000");
            }

            if (spec.Parallelism > LimitForHighCompletions)
            {
                issues.Invalid(path.Child("parallelism"), Codes.HighCompletionsParallelismTooHigh, spec.Parallelism.Value, HighDetail);
            }

            if (spec.MaxFailedIndexes > LimitForHighCompletions)
            {
                issues.Invalid(path.Child("maxFailedIndexes"), Codes.HighCompletionsMaxFailedIndexesTooHigh, spec.MaxFailedIndexes.Value, HighDetail);
            }
        }
    }

    /// <summary><c>IsDomainPrefixedPath</c> plus the 63-byte limit.</summary>
    private static void ValidateManagedBy(string managedBy, FieldPath path, IssueList issues)
    {
        if (managedBy.Length == 0)
        {
            issues.Required(path, Codes.ManagedByRequired);
        }
        else
        {
            var slash = managedBy.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == managedBy.Length - 1)
            {
                issues.Invalid(path, Codes.ManagedByNotDomainPrefixed, managedBy, "must be a domain-prefixed path (such as \"acme.io/foo\")");
            }
            else
            {
                var host = managedBy[..slash];
                issues.Invalid(path, Codes.ManagedByHostInvalid, host, NameRules.Dns1123Subdomain(host));
                var rest = managedBy[(slash + 1)..];
                if (!rest.All(IsPathCharacter))
                {
                    issues.Invalid(path, Codes.ManagedByPathInvalid, rest, "Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')");
                }
            }
        }

        if (NameRules.Bytes(managedBy) > MaxManagedByLength)
        {
            issues.TooLong(path, Codes.ManagedByTooLong, MaxManagedByLength);
        }
    }

    private static bool IsPathCharacter(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') || "/-._~%!$&'()*+,;=:".Contains(c, StringComparison.Ordinal);

    private static void ValidateRestartPolicy(V1JobSpec spec, FieldPath path, IssueList issues)
    {
        var policy = spec.Template?.Spec?.RestartPolicy ?? string.Empty;
        if (policy is "Always" or "")
        {
            issues.Required(path, Codes.RestartPolicyRequired, "valid values: \"OnFailure\", \"Never\"");
        }
        else if (policy is not "OnFailure" and not "Never")
        {
            issues.NotSupported(path, Codes.RestartPolicyNotSupported, policy, "OnFailure", "Never");
        }
        else if (spec.PodFailurePolicy is not null && policy != "Never")
        {
            issues.Invalid(path, Codes.RestartPolicyNeverRequired, policy, string.Format(CultureInfo.InvariantCulture, "only {0} is supported when podFailurePolicy is specified", "\"Never\""));
        }
    }
}
