using JobSharp;

namespace JobSharpMany;

/// <summary>The seed's three Jobs written with the JobSharp DSL, one fresh definition per index.</summary>
public static class SeedShapes
{
    private static readonly ConfigMapRef MysqlConfig = ConfigMapRef.Named("mysql-config");
    private static readonly SecretRef MysqlSecret = SecretRef.Named("mysql-secret");

    /// <summary>Job number <paramref name="index"/>: the seed's shapes in turn, named <c>SHAPE-INDEX</c>.</summary>
    public static Job Create(int index) => (index % 3) switch
    {
        0 => Hello($"hello-job-{index}"),
        1 => Migration($"db-migration-{index}"),
        _ => BatchProcessor($"batch-processor-{index}"),
    };

    /// <summary>Example 1: a quick test that runs once and exits.</summary>
    public static Job Hello(string name) => Job.Create(name)
        .InNamespace("myspace")
        .WithCompletions(1)
        .WithParallelism(1)
        .WithRestartPolicy(JobRestartPolicy.Never)
        .AddContainer("hello", "busybox", c => c
            .WithShell("echo \"Job ran at $(date)\""));

    /// <summary>Example 2: a database migration, retried up to three times.</summary>
    public static Job Migration(string name) => Job.Create(name)
        .InNamespace("myspace")
        .WithCompletions(1)
        .WithParallelism(1)
        .WithBackoffLimit(3)
        .WithRestartPolicy(JobRestartPolicy.OnFailure)
        .AddContainer("migrate", "shubhamm18/diffpods:01", c => c
            .WithShell("echo \"Running DB migration...\"\nnode migrate.js\necho \"Migration complete\"\n")
            .WithEnv("DB_HOST", MysqlConfig.Key("DB_HOST"))
            .WithEnv("DB_PASSWORD", MysqlSecret.Key("MYSQL_ROOT_PASSWORD")));

    /// <summary>Example 3: five work items, two pods at a time.</summary>
    public static Job BatchProcessor(string name) => Job.Create(name)
        .InNamespace("myspace")
        .WithCompletions(5)
        .WithParallelism(2)
        .WithBackoffLimit(2)
        .WithRestartPolicy(JobRestartPolicy.OnFailure)
        .AddContainer("processor", "busybox", c => c
            .WithShell("echo \"Processing batch item on pod: $HOSTNAME\"\nsleep 5\necho \"Done\"\n"));
}
