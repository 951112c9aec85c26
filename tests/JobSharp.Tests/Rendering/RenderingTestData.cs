namespace JobSharp.Tests.Rendering;

/// <summary>Jobs shaped like the seed's, for rendering tests.</summary>
internal static class RenderingTestData
{
    public static Job Migration { get; } = Job.Create("db-migration")
        .InNamespace("myspace")
        .WithLabel("app.kubernetes.io/name", "shop")
        .WithAnnotation("owner", "team-a")
        .WithCompletions(1)
        .WithParallelism(1)
        .WithBackoffLimit(3)
        .WithActiveDeadline(TimeSpan.FromMinutes(10))
        .WithTtlAfterFinished(TimeSpan.FromHours(1))
        .WithRestartPolicy(JobRestartPolicy.OnFailure)
        .AddContainer("migrate", "shubhamm18/diffpods:01", c => c
            .WithShell("echo start\nnode migrate.js\n")
            .WithWorkingDir("/app")
            .WithEnv("DB_HOST", ConfigMapRef.Named("mysql-config").Key("DB_HOST"))
            .WithEnv("DB_PASSWORD", SecretRef.Named("mysql-secret").Key("MYSQL_ROOT_PASSWORD").Optional())
            .WithEnv("MODE", "yes")
            .AddEnvFrom(ConfigMapRef.Named("common"), prefix: "COMMON_")
            .AddEnvFrom(SecretRef.Named("tokens"), optional: true));
}
