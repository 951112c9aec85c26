using JobSharp;

namespace ConfigRepo.Workloads;

/// <summary>
/// The nightly settlement report: yesterday's settlements, uploaded to the environment's bucket at 02:30 Berlin
/// time, after the card networks' cut-off.
/// </summary>
public static class SettlementReport
{
    public const string Name = "settlement-report";

    public static DeploymentEnvironment AddSettlementReport(this DeploymentEnvironment environment, Settings settings) =>
        environment.Add(Nightly(settings));

    public static CronJob Nightly(Settings settings) => Run(settings)
        .ToCronJob(CronSchedule.Daily(new TimeOnly(2, 30)))
        .WithTimeZone("Europe/Berlin")
        .WithConcurrencyPolicy(ConcurrencyPolicy.Forbid)
        // Late is fine until the working day starts; later than that, the next night's run covers both days.
        .WithStartingDeadline(TimeSpan.FromHours(4))
        .WithSuccessfulJobsHistoryLimit(3)
        .WithFailedJobsHistoryLimit(5);

    /// <summary>One run, as an ordinary Job: the template of the schedule above.</summary>
    public static Job Run(Settings settings) => Job.Create(Name)
        .InNamespace(settings.Namespace)
        .WithComponent("report")
        .WithRetry(r => r
            .WithRestartPolicy(JobRestartPolicy.Never)
            .WithBackoffLimit(3)
            .IgnoreDisruptions())
        // A replacement pod starts only once the failed one has stopped, so two never upload at once.
        .WithPodReplacementPolicy(PodReplacementPolicy.Failed)
        .WithActiveDeadline(TimeSpan.FromHours(2))
        .WithLedgerDefaults()
        .AddContainer("report", settings.LedgerImage, c => c
            .WithArgs("report", "settlements", "--day=yesterday", "--upload-to=$(REPORT_BUCKET)")
            .WithEnv("REPORT_BUCKET", LedgerDatabase.Config(settings).Key("REPORT_BUCKET"))
            .WithDatabase(settings)
            .WithSizing(settings.Batch)
            .WithWritableTmp());
}
