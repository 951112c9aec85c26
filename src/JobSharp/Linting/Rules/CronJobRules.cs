namespace JobSharp.Linting;

/// <summary>JS4016, JS4017: overlapping and late CronJob runs.</summary>
internal static class CronJobRules
{
    public static void Check(LintScope scope)
    {
        if (scope.CronJob?.Spec is not { } spec)
        {
            return;
        }

        if (spec.ConcurrencyPolicy is null or "Allow")
        {
            var how = spec.ConcurrencyPolicy is null ? "not set, so Allow applies" : "Allow";
            scope.Report(LintRules.CronJobConcurrencyAllow, "spec.concurrencyPolicy",
                $"concurrencyPolicy is {how}: a run still going at the next scheduled time runs alongside the new one");
        }

        if (spec.StartingDeadlineSeconds is null)
        {
            scope.Report(LintRules.CronJobNoStartingDeadline, "spec.startingDeadlineSeconds",
                "startingDeadlineSeconds is not set: a missed run starts whenever the controller catches up, however late");
        }
    }
}
