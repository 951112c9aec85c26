using k8s.Models;

namespace BaselineKubernetesYaml;

/// <summary>The seed's three Jobs as plain <see cref="V1Job"/> objects, the way a C# user writes them by hand.</summary>
public static class SeedModels
{
    private const string HelloScript = "echo \"Job ran at $(date)\"";

    private const string MigrationScript = "echo \"Running DB migration...\"\nnode migrate.js\necho \"Migration complete\"\n";

    private const string BatchScript = "echo \"Processing batch item on pod: $HOSTNAME\"\nsleep 5\necho \"Done\"\n";

    /// <summary>Job number <paramref name="index"/>: the seed's shapes in turn, named <c>SHAPE-INDEX</c>.</summary>
    public static V1Job Create(int index) => (index % 3) switch
    {
        0 => Hello($"hello-job-{index}"),
        1 => Migration($"db-migration-{index}"),
        _ => BatchProcessor($"batch-processor-{index}"),
    };

    /// <summary>Example 1: a quick test that runs once and exits.</summary>
    public static V1Job Hello(string name) =>
        Job(name, completions: 1, parallelism: 1, backoffLimit: null, "Never", new V1Container
        {
            Name = "hello",
            Image = "busybox",
            Command = ["sh", "-c", HelloScript],
        });

    /// <summary>Example 2: a database migration, retried up to three times.</summary>
    public static V1Job Migration(string name) =>
        Job(name, completions: 1, parallelism: 1, backoffLimit: 3, "OnFailure", new V1Container
        {
            Name = "migrate",
            Image = "shubhamm18/diffpods:01",
            Command = ["sh", "-c", MigrationScript],
            Env =
            [
                new V1EnvVar
                {
                    Name = "DB_HOST",
                    ValueFrom = new V1EnvVarSource { ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = "mysql-config", Key = "DB_HOST" } },
                },
                new V1EnvVar
                {
                    Name = "DB_PASSWORD",
                    ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "mysql-secret", Key = "MYSQL_ROOT_PASSWORD" } },
                },
            ],
        });

    /// <summary>Example 3: five work items, two pods at a time.</summary>
    public static V1Job BatchProcessor(string name) =>
        Job(name, completions: 5, parallelism: 2, backoffLimit: 2, "OnFailure", new V1Container
        {
            Name = "processor",
            Image = "busybox",
            Command = ["sh", "-c", BatchScript],
        });

    private static V1Job Job(string name, int completions, int parallelism, int? backoffLimit, string restartPolicy, V1Container container) =>
        new()
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "myspace" },
            Spec = new V1JobSpec
            {
                Completions = completions,
                Parallelism = parallelism,
                BackoffLimit = backoffLimit,
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec { RestartPolicy = restartPolicy, Containers = [container] },
                },
            },
        };
}
