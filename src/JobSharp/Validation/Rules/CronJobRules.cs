using JobSharp.Internal;
using JobSharp.KubernetesRules;
using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>ValidateCronJobCreate</c>: metadata, the name limit, schedule, time zone, policies and the job template.</summary>
internal static class CronJobRules
{
    private const int MaxNameLength = 52;

    public static void Validate(V1CronJob cronJob, IssueList issues)
    {
        var name = MetadataRules.Validate(cronJob.Metadata, issues);
        var spec = cronJob.Spec;
        var path = FieldPath.Root("spec");
        ValidateSchedule(spec, path.Child("schedule"), issues);
        issues.NonNegative(path.Child("startingDeadlineSeconds"), Codes.CronJobNegative, spec.StartingDeadlineSeconds);
        ValidateTimeZone(spec.TimeZone, path.Child("timeZone"), issues);
        if (spec.ConcurrencyPolicy is not "Allow" and not "Forbid" and not "Replace")
        {
            issues.NotSupported(path.Child("concurrencyPolicy"), Codes.ConcurrencyPolicyNotSupported, spec.ConcurrencyPolicy, "Allow", "Forbid", "Replace");
        }

        var templatePath = path.Child("jobTemplate");
        var jobSpec = spec.JobTemplate.Spec;
        JobSpecRules.Validate(jobSpec, templatePath.Child("spec"), issues);
        if (jobSpec.Selector is not null)
        {
            issues.Invalid(templatePath.Child("spec", "selector"), Codes.TemplateSelectorSet, null, "`selector` will be auto-generated");
        }

        if (jobSpec.ManualSelector == true)
        {
            issues.NotSupported(templatePath.Child("spec", "manualSelector"), Codes.TemplateManualSelector, true, "nil", "false");
        }

        issues.NonNegative(path.Child("successfulJobsHistoryLimit"), Codes.CronJobNegative, spec.SuccessfulJobsHistoryLimit);
        issues.NonNegative(path.Child("failedJobsHistoryLimit"), Codes.CronJobNegative, spec.FailedJobsHistoryLimit);
        if (name.Length > MaxNameLength)
        {
            issues.Invalid(FieldPath.Root("metadata").Child("name"), Codes.CronJobNameTooLong, name, "must be no more than 52 characters");
        }
    }

    private static void ValidateSchedule(V1CronJobSpec spec, FieldPath path, IssueList issues)
    {
        var schedule = spec.Schedule ?? string.Empty;
        if (schedule.Length == 0)
        {
            issues.Required(path, Codes.ScheduleRequired);
            return;
        }

        if (CronExpression.Parse(schedule).Error is { } error)
        {
            issues.Invalid(path, Codes.ScheduleInvalid, schedule, error);
        }

        if (CronExpression.MentionsTimeZone(schedule))
        {
            issues.Invalid(path, Codes.ScheduleHasTimeZone, schedule, "cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
        }
    }

    private static void ValidateTimeZone(string? zone, FieldPath path, IssueList issues)
    {
        if (zone is null)
        {
            return;
        }

        if (zone.Length == 0)
        {
            issues.Invalid(path, Codes.TimeZoneEmpty, zone, "timeZone must be nil or non-empty string");
            return;
        }

        if (!TimeZoneNames.IsWellFormed(zone))
        {
            issues.Invalid(path, Codes.TimeZoneSyntax, zone, "unknown time zone " + EchoText.Of(zone));
            return;
        }

        if (string.Equals(zone, "Local", StringComparison.OrdinalIgnoreCase))
        {
            issues.Invalid(path, Codes.TimeZoneLocal, zone, "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
        }

        if (TimeZoneNames.LoadError(zone) is { } error)
        {
            issues.Invalid(path, Codes.TimeZoneUnknown, zone, error);
        }
    }
}
