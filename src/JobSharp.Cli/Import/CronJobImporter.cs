using k8s.Models;

namespace JobSharp.Cli.Import;

/// <summary>
/// A <see cref="V1CronJob"/> as the Job its template describes, imported like any Job, then
/// <c>.ToCronJob(schedule)</c> and the CronJob's own settings: time zone, concurrency, deadline, history, suspend.
/// </summary>
internal static class CronJobImporter
{
    /// <summary>The calls and the recipe for <paramref name="cronJob"/>.</summary>
    public static (string Root, IReadOnlyList<ImportCall> Calls, Recipe<CronJob> Recipe) Import(V1CronJob cronJob, ImportFields fields, string owner)
    {
        var spec = cronJob.Spec ?? new V1CronJobSpec();
        var template = spec.JobTemplate;
        var job = new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta
            {
                Name = cronJob.Metadata?.Name,
                NamespaceProperty = cronJob.Metadata?.NamespaceProperty,
                Labels = template?.Metadata?.Labels,
                Annotations = template?.Metadata?.Annotations,
            },
            Spec = template?.Spec ?? new V1JobSpec(),
        };
        var jobImporter = JobImporter.Import(job, fields, owner);
        var schedule = (spec.Schedule is { } expression ? Coded<CronSchedule>.Try(() => new(CSharpText.String(expression), CronSchedule.Parse(expression))) : null)
            ?? new(CSharpText.String("@daily"), CronSchedule.Parse("@daily"));
        var recipe = new Recipe<CronJob>(() => jobImporter.Recipe.Build().ToCronJob(schedule.Value));
        void Call(string method, string arguments, string field, Func<CronJob, CronJob> apply) =>
            recipe.Add(new ImportCall { Method = method, Arguments = arguments, Field = field }, apply);

        Metadata(cronJob.Metadata, job.Metadata, Call);
        Settings(spec, Call);
        foreach (var fix in ModelDiff.Between(cronJob, recipe.Build().ToModel(), "cj", string.Empty))
        {
            recipe.AddUnchecked(JobImporter.Customize("cj", fix), c => c.Customize(m => fix.Apply(m)));
        }

        var toCronJob = new ImportCall { Method = "ToCronJob", Arguments = schedule.Code, Field = "spec.schedule" };
        return (jobImporter.Root, [.. jobImporter.Recipe.Calls, toCronJob, .. recipe.Calls], recipe);
    }

    /// <summary><c>ToCronJob</c> gives the CronJob the Job's labels and annotations; these calls add, change or remove the ones that differ.</summary>
    private static void Metadata(V1ObjectMeta? metadata, V1ObjectMeta jobMetadata, Action<string, string, string, Func<CronJob, CronJob>> call)
    {
        foreach (var (kind, wanted, inherited) in new[] { ("Label", metadata?.Labels, jobMetadata.Labels), ("Annotation", metadata?.Annotations, jobMetadata.Annotations) })
        {
            var field = kind == "Label" ? "metadata.labels" : "metadata.annotations";
            foreach (var (key, value) in (wanted ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (inherited is null || !inherited.TryGetValue(key, out var old) || old != value)
                {
                    var text = value ?? string.Empty;
                    call($"With{kind}", CSharpText.Join(CSharpText.String(key), CSharpText.String(text)), field,
                        kind == "Label" ? c => c.WithLabel(key, text) : c => c.WithAnnotation(key, text));
                }
            }

            foreach (var key in (inherited ?? new Dictionary<string, string>()).Keys.Order(StringComparer.Ordinal))
            {
                if (wanted is null || !wanted.ContainsKey(key))
                {
                    call($"Without{kind}", CSharpText.String(key), field, kind == "Label" ? c => c.WithoutLabel(key) : c => c.WithoutAnnotation(key));
                }
            }
        }
    }

    private static void Settings(V1CronJobSpec spec, Action<string, string, string, Func<CronJob, CronJob>> call)
    {
        if (spec.TimeZone is { } zone)
        {
            call("WithTimeZone", CSharpText.String(zone), "spec.timeZone", c => c.WithTimeZone(zone));
        }

        if (spec.ConcurrencyPolicy is { } text && Enum.TryParse<ConcurrencyPolicy>(text, out var policy) && policy.ToString() == text)
        {
            call("WithConcurrencyPolicy", $"{nameof(ConcurrencyPolicy)}.{policy}", "spec.concurrencyPolicy", c => c.WithConcurrencyPolicy(policy));
        }

        if (spec.StartingDeadlineSeconds is { } deadline)
        {
            call("WithStartingDeadline", CSharpText.Duration(deadline), "spec.startingDeadlineSeconds", c => c.WithStartingDeadline(TimeSpan.FromSeconds(deadline)));
        }

        if (spec.SuccessfulJobsHistoryLimit is { } successful)
        {
            call("WithSuccessfulJobsHistoryLimit", CSharpText.Number(successful), "spec.successfulJobsHistoryLimit", c => c.WithSuccessfulJobsHistoryLimit(successful));
        }

        if (spec.FailedJobsHistoryLimit is { } failed)
        {
            call("WithFailedJobsHistoryLimit", CSharpText.Number(failed), "spec.failedJobsHistoryLimit", c => c.WithFailedJobsHistoryLimit(failed));
        }

        if (spec.Suspend is { } suspend)
        {
            call("WithSuspend", suspend ? string.Empty : "false", "spec.suspend", c => c.WithSuspend(suspend));
        }
    }
}
