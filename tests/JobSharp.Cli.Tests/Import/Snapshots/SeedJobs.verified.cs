// Imported by jobsharp import from hello-job.yaml, db-migration.yaml, batch-processor.yaml.
// Each property renders exactly the YAML it was imported from.
using JobSharp;

namespace Manifests;

/// <summary>Jobs and CronJobs imported from YAML by <c>jobsharp import</c>.</summary>
public static class ImportedManifests
{
    private static readonly ConfigMapRef MysqlConfig = ConfigMapRef.Named("mysql-config");
    private static readonly SecretRef MysqlSecret = SecretRef.Named("mysql-secret");

    /// <summary>job/hello-job (namespace myspace), from hello-job.yaml.</summary>
    public static Job HelloJob { get; } = Job.Create("hello-job")
        .InNamespace("myspace")
        .WithCompletions(1)
        .WithParallelism(1)
        .WithRestartPolicy(JobRestartPolicy.Never)
        .AddContainer("hello", "busybox", c => c
            .WithShell("echo \"Job ran at $(date)\""));

    /// <summary>job/db-migration (namespace myspace), from db-migration.yaml.</summary>
    public static Job DbMigration { get; } = Job.Create("db-migration")
        .InNamespace("myspace")
        .WithCompletions(1)
        .WithParallelism(1)
        .WithBackoffLimit(3)
        .WithRestartPolicy(JobRestartPolicy.OnFailure)
        .AddContainer("migrate", "shubhamm18/diffpods:01", c => c
            .WithShell("""
                       echo "Running DB migration..."
                       node migrate.js
                       echo "Migration complete"

                       """)
            .WithEnv("DB_HOST", MysqlConfig.Key("DB_HOST"))
            .WithEnv("DB_PASSWORD", MysqlSecret.Key("MYSQL_ROOT_PASSWORD")));

    /// <summary>job/batch-processor (namespace myspace), from batch-processor.yaml.</summary>
    public static Job BatchProcessor { get; } = Job.Create("batch-processor")
        .InNamespace("myspace")
        .WithCompletions(5)
        .WithParallelism(2)
        .WithBackoffLimit(2)
        .WithRestartPolicy(JobRestartPolicy.OnFailure)
        .AddContainer("processor", "busybox", c => c
            .WithShell("""
                       echo "Processing batch item on pod: $HOSTNAME"
                       sleep 5
                       echo "Done"

                       """));

    /// <summary>Every imported manifest, in the order of the input.</summary>
    public static IReadOnlyList<IManifestSource> All { get; } = [HelloJob, DbMigration, BatchProcessor];
}
