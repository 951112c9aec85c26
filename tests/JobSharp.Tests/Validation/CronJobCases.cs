using JobSharp.KubernetesRules;
using k8s.Models;
using static JobSharp.Validation.ValidationIssueKind;

namespace JobSharp.Tests.Validation;

internal static class CronJobCases
{
    public static IEnumerable<RuleCase> All() =>
    [
        Cron("name above 52", "JS1501", "metadata.name", Invalid, c => c.Metadata.Name = new string('a', 53)) with { Message = "must be no more than 52 characters" },
        Cron("name missing", "JS1001", "metadata.name", Required, c => c.Metadata.Name = null),
        Cron("schedule missing", "JS1502", "spec.schedule", Required, c => c.Spec.Schedule = null),
        Cron("schedule with seconds", "JS1503", "spec.schedule", Invalid, c => c.Spec.Schedule = "0 0 * * * *") with { Message = "expected exactly 5 fields, found 6: [0 0 * * * *]" },
        Cron("schedule with TZ", "JS1504", "spec.schedule", Invalid, c => c.Spec.Schedule = "CRON_TZ=UTC 0 * * * *") with { Message = "cannot use TZ or CRON_TZ in schedule, use timeZone field instead" },
        Cron("startingDeadlineSeconds negative", "JS1505", "spec.startingDeadlineSeconds", Invalid, c => c.Spec.StartingDeadlineSeconds = -5),
        Cron("history limit negative", "JS1505", "spec.failedJobsHistoryLimit", Invalid, c => c.Spec.FailedJobsHistoryLimit = -1),
        Cron("successful history limit negative", "JS1505", "spec.successfulJobsHistoryLimit", Invalid, c => c.Spec.SuccessfulJobsHistoryLimit = -1),
        Cron("timeZone empty", "JS1506", "spec.timeZone", Invalid, c => c.Spec.TimeZone = string.Empty) with { Message = "timeZone must be nil or non-empty string" },
        Cron("timeZone trailing space", "JS1507", "spec.timeZone", Invalid, c => c.Spec.TimeZone = "Europe/Rome ") with { Message = "unknown time zone Europe/Rome " },
        Cron("timeZone Local", "JS1508", "spec.timeZone", Invalid, c => c.Spec.TimeZone = "Local") with { Message = "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones" },
        Cron("concurrencyPolicy unknown", "JS1510", "spec.concurrencyPolicy", NotSupported, c => c.Spec.ConcurrencyPolicy = "Parallel") with { Message = "supported values: \"Allow\", \"Forbid\", \"Replace\"" },
        Cron("template selector", "JS1511", "spec.jobTemplate.spec.selector", Invalid, c => c.Spec().Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["a"] = "b" } }) with { Message = "`selector` will be auto-generated" },
        Cron("template manualSelector", "JS1512", "spec.jobTemplate.spec.manualSelector", NotSupported, c => c.Spec().ManualSelector = true) with { Message = "supported values: \"nil\", \"false\"" },
        Cron("template restartPolicy omitted", "JS1117", "spec.jobTemplate.spec.template.spec.restartPolicy", Required, c => c.Spec().Template.Spec.RestartPolicy = null),
        Cron("template backoffLimit negative", "JS1101", "spec.jobTemplate.spec.backoffLimit", Invalid, c => c.Spec().BackoffLimit = -1),
        Cron("template container image missing", "JS1003", "spec.jobTemplate.spec.template.spec.containers[0].image", Required, c => c.Spec().Template.Spec.Containers[0].Image = null),
        .. TimeZoneDatabaseCases(),
    ];

    /// <summary>The IANA lookup is made only where the machine has a time zone database.</summary>
    private static IEnumerable<RuleCase> TimeZoneDatabaseCases() => TimeZoneNames.CanCheckDatabase
        ? [Cron("timeZone not in database", "JS1509", "spec.timeZone", Invalid, c => c.Spec.TimeZone = "Europe/InvalidRome") with { Message = "unknown time zone Europe/InvalidRome" }]
        : [];

    private static RuleCase Cron(string name, string code, string path, JobSharp.Validation.ValidationIssueKind kind, Action<V1CronJob> breakIt) =>
        new("cron: " + name, code, path, kind, null, breakIt);
}
