using JobSharp.Internal;
using JobSharp.Validation;
using k8s.Models;

namespace JobSharp.CronJobs;

/// <summary>
/// The API server's CronJob-level create rules (<c>ValidateCronJobCreate</c>), plus the Job rules on the job
/// template, with CronJob paths. Used by <see cref="CronJob.Build"/>.
/// </summary>
internal static class CronJobChecks
{
    public static ValidationResult Validate(V1CronJob cronJob)
    {
        Guard.NotNull(cronJob);
        var issues = new List<ValidationIssue>();
        var name = cronJob.Metadata?.Name;
        if (string.IsNullOrEmpty(name))
        {
            issues.Add(new("metadata.name", ValidationIssueKind.Required, "JS1001", "name or generateName is required"));
        }
        else if (name.Length > 52)
        {
            issues.Add(new("metadata.name", ValidationIssueKind.Invalid, "JS1901", "must be no more than 52 characters"));
        }

        var spec = cronJob.Spec;
        if (string.IsNullOrEmpty(spec?.Schedule))
        {
            issues.Add(new("spec.schedule", ValidationIssueKind.Required, "JS1902", string.Empty));
        }
        else if (CronSchedule.Problem(spec.Schedule) is { } problem)
        {
            issues.Add(new("spec.schedule", ValidationIssueKind.Invalid, "JS1902", problem));
        }

        if (spec?.TimeZone is { } zone && (zone.Length == 0 || string.Equals(zone, "Local", StringComparison.OrdinalIgnoreCase)))
        {
            issues.Add(new("spec.timeZone", ValidationIssueKind.Invalid, "JS1903", "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"));
        }

        NotNegative(issues, "spec.startingDeadlineSeconds", spec?.StartingDeadlineSeconds);
        NotNegative(issues, "spec.successfulJobsHistoryLimit", spec?.SuccessfulJobsHistoryLimit);
        NotNegative(issues, "spec.failedJobsHistoryLimit", spec?.FailedJobsHistoryLimit);
        if (spec?.ConcurrencyPolicy is { } policy && policy is not ("Allow" or "Forbid" or "Replace"))
        {
            issues.Add(new("spec.concurrencyPolicy", ValidationIssueKind.NotSupported, "JS1905", "supported values: \"Allow\", \"Forbid\", \"Replace\""));
        }

        var jobSpec = spec?.JobTemplate?.Spec;
        if (jobSpec?.Selector is not null)
        {
            issues.Add(new("spec.jobTemplate.spec.selector", ValidationIssueKind.Invalid, "JS1906", "`selector` will be auto-generated"));
        }

        if (jobSpec?.ManualSelector == true)
        {
            issues.Add(new("spec.jobTemplate.spec.manualSelector", ValidationIssueKind.NotSupported, "JS1906", "supported values: \"nil\", \"false\""));
        }

        var asJob = new V1Job { Metadata = new V1ObjectMeta { Name = name ?? "cronjob" }, Spec = jobSpec };
        issues.AddRange(ManifestValidator.Validate(asJob).Issues
            .Where(i => i.Path.StartsWith("spec.", StringComparison.Ordinal))
            .Select(i => i with { Path = "spec.jobTemplate." + i.Path }));
        return new ValidationResult(issues);
    }

    private static void NotNegative(List<ValidationIssue> issues, string path, long? value)
    {
        if (value < 0)
        {
            issues.Add(new(path, ValidationIssueKind.Invalid, "JS1904", "must be greater than or equal to 0"));
        }
    }
}
