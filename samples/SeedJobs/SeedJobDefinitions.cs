using JobSharp;

namespace SeedJobs;

/// <summary>The three Jobs of the seed document, written with the JobSharp DSL.</summary>
public static class SeedJobDefinitions
{
    private static readonly ConfigMapRef MysqlConfig = ConfigMapRef.Named("mysql-config");
    private static readonly SecretRef MysqlSecret = SecretRef.Named("mysql-secret");

    /// <summary>Example 1: a quick test that runs once and exits.</summary>
    public static Job Hello { get; } = Job.Create("hello-job")
        .InNamespace("myspace")
        .WithCompletions(1)
        .WithParallelism(1)
        .WithRestartPolicy(JobRestartPolicy.Never)
        .AddContainer("hello", "busybox", c => c
            .WithShell("""echo "Job ran at $(date)" """.TrimEnd()));

    /// <summary>Example 2: a database migration, retried up to three times.</summary>
    public static Job Migration { get; } = Job.Create("db-migration")
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

    /// <summary>Example 3: five work items, two pods at a time.</summary>
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

    /// <summary>All three, in the seed's order.</summary>
    public static IReadOnlyList<Job> All { get; } = [Hello, Migration, BatchProcessor];
}
