using System.Globalization;
using JobSharp.Internal;
using JobSharp.KubernetesRules;

namespace JobSharp.Linting;

/// <summary>JS4001, JS4002, JS4003, JS4009: the Job spec's cleanup, deadline, retry budget and parallelism.</summary>
internal static class JobSpecRules
{
    public static void Check(LintScope scope)
    {
        var spec = scope.Spec;
        if (scope.CronJob is null && spec.TtlSecondsAfterFinished is null)
        {
            scope.Report(LintRules.JobWithoutTtl, $"{scope.SpecPath}.ttlSecondsAfterFinished",
                "ttlSecondsAfterFinished is not set: the Job and its pods stay after it finishes until someone deletes them");
        }

        if (spec.ActiveDeadlineSeconds is null && scope.Pod?.ActiveDeadlineSeconds is null)
        {
            scope.Report(LintRules.NoActiveDeadline, $"{scope.SpecPath}.activeDeadlineSeconds",
                "activeDeadlineSeconds is not set: a pod that hangs keeps the Job running forever");
        }

        if (spec.BackoffLimit is null && spec.BackoffLimitPerIndex is null)
        {
            scope.Report(LintRules.DefaultBackoffLimit, $"{scope.SpecPath}.backoffLimit", BackoffMessage(scope));
        }

        if (spec.Parallelism is { } parallelism && spec.Completions is { } completions && parallelism > completions)
        {
            scope.Report(LintRules.ParallelismAboveCompletions, $"{scope.SpecPath}.parallelism", string.Create(
                CultureInfo.InvariantCulture,
                $"parallelism {parallelism} is greater than completions {completions}: no more than {completions} pods ever run at once"));
        }
    }

    private static string BackoffMessage(LintScope scope)
    {
        const int limit = JobDefaults.BackoffLimit;
        if (JobDefaults.IsOnFailure(scope.Spec))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"backoffLimit is not set, so the default {limit} applies: with restartPolicy OnFailure the Job fails with BackoffLimitExceeded once the containers of its running pods have restarted {limit} times in total");
        }

        var delays = TextList.And(Backoff.Delays(limit).Select(DurationText.Short));
        return string.Create(CultureInfo.InvariantCulture,
            $"backoffLimit is not set, so the default {limit} applies: with restartPolicy Never the Job fails with BackoffLimitExceeded after {limit + 1} failed pods ({limit} retries, started after waits of {delays})");
    }
}
