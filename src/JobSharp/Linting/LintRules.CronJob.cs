namespace JobSharp.Linting;

public static partial class LintRules
{
    /// <summary>JS4016: a CronJob whose runs may overlap.</summary>
    public static LintRule CronJobConcurrencyAllow { get; } = new(
        "JS4016", "cronjob-concurrency-allow", LintSeverity.Warning,
        "The CronJob's concurrencyPolicy is Allow (the default), so runs may overlap.",
        "When a run is still going at the next scheduled time, Allow starts another Job beside it. Work that must not overlap (migrations, backups, reports writing one file) then runs twice at once.",
        "Set spec.concurrencyPolicy: Forbid (skip the new run) or Replace (stop the old run); keep Allow only for work that is safe to overlap, and suppress this finding saying so.");

    /// <summary>JS4017: a CronJob without <c>startingDeadlineSeconds</c>.</summary>
    public static LintRule CronJobNoStartingDeadline { get; } = new(
        "JS4017", "cronjob-no-starting-deadline", LintSeverity.Warning,
        "The CronJob has no startingDeadlineSeconds, so a missed run may start arbitrarily late.",
        "If the controller was down or a run was skipped, the most recent missed run is started when the controller catches up, however late: a nightly job may start at noon. With more than 100 missed schedules the controller also reports TooManyMissedTimes.",
        "Set spec.startingDeadlineSeconds to how late a run may still usefully start (e.g. 300).");

    /// <summary>JS4018: an env reference to a ConfigMap or Secret key that the object lacks.</summary>
    public static LintRule MissingConfigKey { get; } = new(
        "JS4018", "missing-config-key", LintSeverity.Error,
        "An env var references a ConfigMap or Secret key that the object, defined alongside, does not have.",
        "The kubelet cannot start a container whose required env key is missing: the pod stays in CreateContainerConfigError and the Job never progresses (it does not fail either). Only ConfigMaps and Secrets in the same set of manifests, or given to the linter, are checked; references marked optional are not.",
        "Fix the key name, add the key to the ConfigMap or Secret, or mark the reference optional.");

    /// <summary>JS4019: a field the target Kubernetes version does not offer.</summary>
    public static LintRule FieldUnavailableInTarget { get; } = new(
        "JS4019", "field-unavailable-in-target", LintSeverity.Error,
        "A field needs a newer Kubernetes version than the target.",
        "An API server that does not know a field (or has its feature gate off, as for alpha features) drops it silently: the Job is accepted but behaves as if the field were not there.",
        "Upgrade the cluster, lower the expectations (remove the field), or lint with the right --kube-version.");

    /// <summary>JS4020: a field that is beta in the target Kubernetes version.</summary>
    public static LintRule FieldBetaInTarget { get; } = new(
        "JS4020", "field-beta-in-target", LintSeverity.Warning,
        "A field is beta in the target Kubernetes version.",
        "Beta features are on by default but may still change, and a cluster administrator can turn their feature gate off, in which case the field is dropped silently.",
        "Check the cluster's feature gates, or target a version where the field is GA.");

    /// <summary>JS4021: a suppression without a reason.</summary>
    public static LintRule SuppressionWithoutReason { get; } = new(
        "JS4021", "suppression-without-reason", LintSeverity.Warning,
        "A lint suppression gives no reason, so it does not suppress anything.",
        "A suppression is a decision someone will have to revisit; without the reason nobody can tell whether it still holds.",
        "Write the reason after the rule id: lint.jobsharp.io/suppress: \"JS4001: cleaned up by the release pipeline\".");

    /// <summary>JS4022: a suppression that names no known rule.</summary>
    public static LintRule SuppressionOfUnknownRule { get; } = new(
        "JS4022", "suppression-of-unknown-rule", LintSeverity.Warning,
        "A lint suppression names no known rule, or has text that is not a suppression.",
        "A misspelt rule id suppresses nothing, while the author believes the finding is handled.",
        "Use the ids listed in docs/lint.md, as \"JS4001: reason, JS4002: reason\".");
}
