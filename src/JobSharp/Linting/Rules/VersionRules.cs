using JobSharp.KubernetesRules;

namespace JobSharp.Linting;

/// <summary>JS4019, JS4020: fields newer than the target Kubernetes version (the feature gates' history:
/// <c>pkg/features/kube_features.go</c> in kubernetes/kubernetes).</summary>
internal static class VersionRules
{
    public static void Check(LintScope scope)
    {
        var spec = scope.Spec;
        var p = scope.SpecPath;
        Field(scope, spec.PodFailurePolicy is not null, $"{p}.podFailurePolicy", "podFailurePolicy", new(1, 26), new(1, 31));
        Field(scope, spec.SuccessPolicy is not null, $"{p}.successPolicy", "successPolicy", new(1, 31), new(1, 33));
        Field(scope, spec.BackoffLimitPerIndex is not null, $"{p}.backoffLimitPerIndex", "backoffLimitPerIndex", new(1, 29), new(1, 33));
        Field(scope, spec.MaxFailedIndexes is not null, $"{p}.maxFailedIndexes", "maxFailedIndexes", new(1, 29), new(1, 33));
        Field(scope, spec.PodReplacementPolicy is not null, $"{p}.podReplacementPolicy", "podReplacementPolicy", new(1, 29), new(1, 34));
        Field(scope, spec.ManagedBy is not null, $"{p}.managedBy", "managedBy", new(1, 32), new(1, 35));
        Field(scope, spec.TtlSecondsAfterFinished is not null, $"{p}.ttlSecondsAfterFinished", "ttlSecondsAfterFinished", new(1, 21), new(1, 23));
        Field(scope, spec.Suspend is not null, $"{p}.suspend", "suspend", new(1, 22), new(1, 24));
        Field(scope, JobDefaults.IsIndexed(spec), $"{p}.completionMode", "completionMode Indexed", new(1, 22), new(1, 24));
        foreach (var (container, path, isInit) in scope.Containers)
        {
            Field(scope, isInit && JobDefaults.IsSidecar(container), $"{path}.restartPolicy",
                $"a native sidecar (init container \"{container.Name}\" with restartPolicy Always)", new(1, 29), new(1, 33));
        }

        if (scope.CronJob?.Spec is { } cron)
        {
            Field(scope, cron.TimeZone is not null, "spec.timeZone", "timeZone", new(1, 25), new(1, 27));
        }
    }

    private static void Field(LintScope scope, bool used, string path, string what, KubeVersion beta, KubeVersion ga)
    {
        var target = scope.Context.Options.TargetVersion;
        if (!used || target >= ga)
        {
            return;
        }

        if (target < beta)
        {
            scope.Report(LintRules.FieldUnavailableInTarget, path,
                $"{what} needs Kubernetes {beta} (beta) or {ga} (GA); the target {target} ignores it");
        }
        else
        {
            scope.Report(LintRules.FieldBetaInTarget, path,
                $"{what} is beta in Kubernetes {target} (GA in {ga}): on by default, but a cluster can turn it off");
        }
    }
}
