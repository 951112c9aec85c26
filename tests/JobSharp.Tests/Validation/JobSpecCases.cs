using static JobSharp.Validation.ValidationIssueKind;

namespace JobSharp.Tests.Validation;

internal static class JobSpecCases
{
    public static IEnumerable<RuleCase> All() =>
    [
        new("backoffLimit negative", "JS1101", "spec.backoffLimit", Invalid, j => j.Spec.BackoffLimit = -1) { Message = "must be greater than or equal to 0" },
        new("parallelism negative", "JS1101", "spec.parallelism", Invalid, j => j.Spec.Parallelism = -1),
        new("completions negative", "JS1101", "spec.completions", Invalid, j => j.Spec.Completions = -1),
        new("activeDeadlineSeconds negative", "JS1101", "spec.activeDeadlineSeconds", Invalid, j => j.Spec.ActiveDeadlineSeconds = -1),
        new("ttl negative", "JS1101", "spec.ttlSecondsAfterFinished", Invalid, j => j.Spec.TtlSecondsAfterFinished = -1),
        new("backoffLimitPerIndex missing", "JS1102", "spec.backoffLimitPerIndex", Required, j => Indexed(j, 3, maxFailed: 1)) { Message = "when maxFailedIndexes is specified" },
        new("completionMode lower case", "JS1103", "spec.completionMode", NotSupported, j => j.Spec.CompletionMode = "indexed") { Message = "supported values: \"NonIndexed\", \"Indexed\"" },
        new("indexed without completions", "JS1104", "spec.completions", Required, j =>
        {
            j.Spec.CompletionMode = "Indexed";
            (j.Spec.Completions, j.Spec.Parallelism) = (null, 2);
        }) { Message = "when completion mode is Indexed" },
        new("indexed parallelism too high", "JS1105", "spec.parallelism", Invalid, j => Indexed(j, 5, parallelism: 100_001)),
        new("maxFailedIndexes above completions", "JS1106", "spec.maxFailedIndexes", Invalid, j => Indexed(j, 3, perIndex: 1, maxFailed: 4)) { Message = "must be less than or equal to completions" },
        new("maxFailedIndexes above 100000", "JS1107", "spec.maxFailedIndexes", Invalid, j => Indexed(j, 200_000, perIndex: 1, maxFailed: 100_001)) { AlsoCodes = ["JS1110"] },
        new("maxFailedIndexes required for many completions", "JS1108", "spec.maxFailedIndexes", Required, j => Indexed(j, 200_000, perIndex: 1)),
        new("parallelism too high for many completions", "JS1109", "spec.parallelism", Invalid, j => Indexed(j, 200_000, perIndex: 1, maxFailed: 10, parallelism: 10_001)),
        new("maxFailedIndexes too high for many completions", "JS1110", "spec.maxFailedIndexes", Invalid, j => Indexed(j, 200_000, perIndex: 1, maxFailed: 10_001)),
        new("backoffLimitPerIndex without Indexed", "JS1111", "spec.backoffLimitPerIndex", Invalid, j => j.Spec.BackoffLimitPerIndex = 1) { Message = "requires indexed completion mode" },
        new("managedBy empty", "JS1112", "spec.managedBy", Required, j => j.Spec.ManagedBy = string.Empty),
        new("managedBy without domain", "JS1113", "spec.managedBy", Invalid, j => j.Spec.ManagedBy = "my-controller") { Message = "must be a domain-prefixed path (such as \"acme.io/foo\")" },
        new("managedBy host bad", "JS1114", "spec.managedBy", Invalid, j => j.Spec.ManagedBy = "Acme.io/x"),
        new("managedBy path bad", "JS1115", "spec.managedBy", Invalid, j => j.Spec.ManagedBy = "acme.io/a b"),
        new("managedBy too long", "JS1116", "spec.managedBy", TooLong, j => j.Spec.ManagedBy = "acme.io/" + new string('x', 60)) { Message = "may not be more than 63 bytes" },
        new("restartPolicy omitted", "JS1117", "spec.template.spec.restartPolicy", Required, j => j.Pod().RestartPolicy = null) { Message = "valid values: \"OnFailure\", \"Never\"" },
        new("restartPolicy Always", "JS1117", "spec.template.spec.restartPolicy", Required, j => j.Pod().RestartPolicy = "Always"),
        new("restartPolicy unknown", "JS1118", "spec.template.spec.restartPolicy", NotSupported, j => j.Pod().RestartPolicy = "Sometimes") { AlsoCodes = ["JS1311"], Message = "supported values: \"OnFailure\", \"Never\"" },
        new("OnFailure with podFailurePolicy", "JS1119", "spec.template.spec.restartPolicy", Invalid, j =>
        {
            j.Pod().RestartPolicy = "OnFailure";
            j.Spec.PodFailurePolicy = PolicyCases.ExitCodePolicy("FailJob", "In", 1);
        }) { Message = "only \"Never\" is supported when podFailurePolicy is specified" },
    ];

    public static void Indexed(k8s.Models.V1Job job, int completions, int? perIndex = null, int? maxFailed = null, int? parallelism = null)
    {
        job.Spec.CompletionMode = "Indexed";
        job.Spec.Completions = completions;
        job.Spec.BackoffLimitPerIndex = perIndex;
        job.Spec.MaxFailedIndexes = maxFailed;
        job.Spec.Parallelism = parallelism ?? 1;
    }
}
