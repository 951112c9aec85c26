using JobSharp;

namespace MoreJobs;

/// <summary>Jobs and a CronJob that use the newer parts of the batch/v1 API, written with the JobSharp DSL.</summary>
public static class MoreJobDefinitions
{
    /// <summary>
    /// Ten shards of thumbnails, five at a time. Each index gets its own two retries; a shard whose input is
    /// broken (exit code 3) fails at once without using them. The Job succeeds once nine shards are done, and
    /// fails when more than one shard fails.
    /// </summary>
    public static Job ThumbnailShards { get; } = Job.Create("thumbnail-shards")
        .InNamespace("media")
        .WithParallelism(5)
        .Indexed(completions: 10, i => i
            .WithBackoffLimitPerIndex(2)
            .WithMaxFailedIndexes(1)
            .FailIndexOnExitCodes(3)
            .SucceedWhen(SuccessRule.WhenCountSucceeds(9)))
        .WithTtlAfterFinished(TimeSpan.FromHours(1))
        .AddContainer("render", "ghcr.io/acme/thumbnailer:1.4.2", c => c
            .WithArgs("--shards", "10")
            .WithCompletionIndexEnv("SHARD")
            .WithRequests(cpu: Quantity.MilliCpu(500), memory: Quantity.Mebibytes(512))
            .WithLimits(memory: Quantity.Gibibytes(1)));

    /// <summary>
    /// A report that must not be retried when its input is invalid (exit code 42), and whose retries are not
    /// used up when a node is drained or the pod is preempted.
    /// </summary>
    public static Job MonthlyReport { get; } = Job.Create("monthly-report")
        .InNamespace("finance")
        .WithRetry(r => r
            .WithBackoffLimit(4)
            .FailJobOnExitCodes("report", 42)
            .IgnoreDisruptions())
        .WithActiveDeadline(TimeSpan.FromHours(2))
        .AddContainer("report", "ghcr.io/acme/reports:2024.6", c => c
            .WithArgs("monthly", "--format", "pdf")
            .WithEnv("REPORT_BUCKET", ConfigMapRef.Named("reports").Key("bucket")));

    /// <summary>
    /// A schema migration that reaches its database through a native sidecar proxy. The proxy starts first, and
    /// its startup probe holds the migration back until the proxy is ready; it keeps running beside the migration
    /// and is stopped when the migration ends, so the Job completes.
    /// </summary>
    public static Job SchemaMigration { get; } = Job.Create("schema-migration")
        .InNamespace("shop")
        .WithBackoffLimit(2)
        .WithActiveDeadline(TimeSpan.FromMinutes(15))
        .WithTtlAfterFinished(TimeSpan.FromDays(1))
        .WithServiceAccount("shop-migrator")
        .WithHardenedSecurity()
        .AddSidecar("db-proxy", "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0", c => c
            .WithArgs("--port=5432", "--health-check", "--http-port=9090", "acme-prod:europe-west1:shop")
            .WithStartupProbe(Probe.HttpGet("/startup", 9090).WithPeriod(TimeSpan.FromSeconds(1)).WithFailureThreshold(60))
            .WithRequests(cpu: Quantity.MilliCpu(100), memory: Quantity.Mebibytes(64)))
        .AddContainer("migrate", "ghcr.io/acme/shop-migrations:3.2.0", c => c
            .WithArgs("up")
            .WithEnv("DATABASE_HOST", "127.0.0.1")
            .WithEnv("DATABASE_PASSWORD", SecretRef.Named("shop-db").Key("password"))
            .WithRequests(cpu: Quantity.MilliCpu(250), memory: Quantity.Mebibytes(256)));

    private static readonly Volume BackupTarget = Volume.FromPersistentVolumeClaim("backups", "backup-archive");

    private static readonly Volume Scratch = Volume.EmptyDir("scratch", sizeLimit: Quantity.Gibibytes(10));

    /// <summary>The backup itself, as an ordinary Job: it can run once by hand or on the schedule below.</summary>
    public static Job Backup { get; } = Job.Create("nightly-backup")
        .InNamespace("shop")
        .WithBackoffLimit(1)
        .WithActiveDeadline(TimeSpan.FromHours(3))
        .WithPriorityClass("batch-low")
        .AddContainer("dump", "postgres:16.3", c => c
            .WithShell("""
                       pg_dump --format=custom --file=/scratch/shop.dump "$DATABASE_URL"
                       cp /scratch/shop.dump "/backups/shop-$(date +%F).dump"

                       """)
            .WithEnv("DATABASE_URL", SecretRef.Named("shop-db").Key("url"))
            .AddVolumeMount(Scratch, "/scratch")
            .AddVolumeMount(BackupTarget, "/backups")
            .WithRequests(cpu: Quantity.Cpu(1), memory: Quantity.Gibibytes(1), ephemeralStorage: Quantity.Gibibytes(10)));

    /// <summary>The backup every night at 02:30 Berlin time; a run never overlaps the previous one.</summary>
    public static CronJob NightlyBackup { get; } = Backup
        .ToCronJob(CronSchedule.Daily(new TimeOnly(2, 30)))
        .WithTimeZone("Europe/Berlin")
        .WithConcurrencyPolicy(ConcurrencyPolicy.Forbid)
        .WithStartingDeadline(TimeSpan.FromMinutes(30))
        .WithSuccessfulJobsHistoryLimit(7)
        .WithFailedJobsHistoryLimit(3);

    /// <summary>Every manifest of this sample, in order.</summary>
    public static IReadOnlyList<IManifestSource> All { get; } = [ThumbnailShards, MonthlyReport, SchemaMigration, NightlyBackup];
}
