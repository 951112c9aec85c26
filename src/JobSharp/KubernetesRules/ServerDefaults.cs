using k8s.Models;

namespace JobSharp.KubernetesRules;

/// <summary>
/// The defaults the API server applies before it validates (<c>pkg/apis/batch/v1/defaults.go</c> and
/// <c>pkg/apis/core/v1/defaults.go</c>). Applied to a private copy, so that validation reports exactly the
/// errors the server reports, and no Required error for a field the server would have filled.
/// </summary>
internal static class ServerDefaults
{
    public static void ApplyToJob(V1Job job)
    {
        job.Metadata ??= new V1ObjectMeta();
        var spec = job.Spec ??= new V1JobSpec();
        ApplyToJobSpec(spec, jobLevel: true);
        var templateLabels = spec.Template.Metadata?.Labels;
        if (templateLabels is { Count: > 0 } && (job.Metadata.Labels is null || job.Metadata.Labels.Count == 0))
        {
            job.Metadata.Labels = new Dictionary<string, string>(templateLabels, StringComparer.Ordinal);
        }
    }

    public static void ApplyToCronJob(V1CronJob cronJob)
    {
        cronJob.Metadata ??= new V1ObjectMeta();
        var spec = cronJob.Spec ??= new V1CronJobSpec();
        if (string.IsNullOrEmpty(spec.ConcurrencyPolicy))
        {
            spec.ConcurrencyPolicy = CronJobDefaults.ConcurrencyPolicy;
        }

        spec.Suspend ??= false;
        spec.SuccessfulJobsHistoryLimit ??= CronJobDefaults.SuccessfulJobsHistoryLimit;
        spec.FailedJobsHistoryLimit ??= CronJobDefaults.FailedJobsHistoryLimit;
        spec.JobTemplate ??= new V1JobTemplateSpec();
        spec.JobTemplate.Spec ??= new V1JobSpec();

        // Job-level defaults are applied when the CronJob creates its Jobs; only the pod template (and, to stay
        // free of false alarms, the onPodConditions status) are defaulted here.
        ApplyToJobSpec(spec.JobTemplate.Spec, jobLevel: false);
    }

    private static void ApplyToJobSpec(V1JobSpec spec, bool jobLevel)
    {
        spec.Template ??= new V1PodTemplateSpec();
        spec.Template.Spec ??= new V1PodSpec();
        foreach (var rule in spec.PodFailurePolicy?.Rules ?? [])
        {
            foreach (var pattern in rule?.OnPodConditions ?? [])
            {
                if (pattern is not null && string.IsNullOrEmpty(pattern.Status))
                {
                    pattern.Status = "True";
                }
            }
        }

        if (jobLevel)
        {
            spec.Completions = JobDefaults.Completions(spec);
            spec.Parallelism = JobDefaults.Parallelism(spec);
            spec.BackoffLimit = JobDefaults.BackoffLimitOf(spec);
            spec.CompletionMode ??= JobDefaults.CompletionMode;
            spec.Suspend ??= false;
            spec.PodReplacementPolicy = JobDefaults.PodReplacementPolicy(spec);
            spec.ManualSelector ??= false;
        }

        PodDefaults.Apply(spec.Template.Spec);
    }
}
