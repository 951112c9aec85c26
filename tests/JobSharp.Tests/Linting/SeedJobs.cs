using JobSharp.Env;

namespace JobSharp.Tests.Linting;

/// <summary>The seed's three Jobs, as samples/SeedJobs/SeedJobDefinitions.cs writes them (copied: this project does not reference the sample).</summary>
internal static class SeedJobs
{
    private static readonly ConfigMapRef MysqlConfig = ConfigMapRef.Named("mysql-config");
    private static readonly SecretRef MysqlSecret = SecretRef.Named("mysql-secret");

    public static Job Hello { get; } = Job.Create("hello-job")
        .InNamespace("myspace")
        .WithCompletions(1)
        .WithParallelism(1)
        .WithRestartPolicy(JobRestartPolicy.Never)
        .AddContainer("hello", "busybox", c => c
            .WithShell("""echo "Job ran at $(date)" """.TrimEnd()));

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

    public static IReadOnlyList<Job> All { get; } = [Hello, Migration, BatchProcessor];
}
