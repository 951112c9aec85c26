using k8s.Models;

namespace JobSharp.Tests.Validation;

/// <summary>Valid Jobs and CronJobs to break one rule at a time.</summary>
internal static class Samples
{
    /// <summary>A valid Job with a little of everything, so that most rules have something to break.</summary>
    public static V1Job Job() => new()
    {
        ApiVersion = "batch/v1",
        Kind = "Job",
        Metadata = new V1ObjectMeta
        {
            Name = "base",
            NamespaceProperty = "ns",
            Labels = new Dictionary<string, string> { ["app"] = "demo" },
            Annotations = new Dictionary<string, string> { ["example.com/owner"] = "team-a" },
        },
        Spec = new V1JobSpec
        {
            Completions = 1,
            Parallelism = 1,
            BackoffLimit = 2,
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "demo" } },
                Spec = new V1PodSpec
                {
                    RestartPolicy = "Never",
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "main",
                            Image = "busybox:1.36",
                            Command = ["sh", "-c", "echo hi"],
                            Env = [new V1EnvVar { Name = "MODE", Value = "batch" }],
                        },
                    ],
                },
            },
        },
    };

    public static V1CronJob CronJob() => new()
    {
        ApiVersion = "batch/v1",
        Kind = "CronJob",
        Metadata = new V1ObjectMeta { Name = "nightly", NamespaceProperty = "ns" },
        Spec = new V1CronJobSpec
        {
            Schedule = "0 3 * * *",
            JobTemplate = new V1JobTemplateSpec
            {
                Spec = new V1JobSpec
                {
                    BackoffLimit = 1,
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            RestartPolicy = "OnFailure",
                            Containers = [new V1Container { Name = "report", Image = "busybox" }],
                        },
                    },
                },
            },
        },
    };

    public static V1PodSpec Pod(this V1Job job) => job.Spec.Template.Spec;

    public static V1Container Container0(this V1Job job) => job.Spec.Template.Spec.Containers[0];

    public static V1JobSpec Spec(this V1CronJob cronJob) => cronJob.Spec.JobTemplate.Spec;

    /// <summary>The seed document's three Jobs, written with the DSL.</summary>
    public static IEnumerable<V1Job> SeedJobs()
    {
        var config = ConfigMapRef.Named("mysql-config");
        var secret = SecretRef.Named("mysql-secret");
        yield return JobSharp.Job.Create("hello-job").InNamespace("myspace")
            .WithCompletions(1).WithParallelism(1)
            .WithRestartPolicy(JobRestartPolicy.Never)
            .AddContainer("hello", "busybox", c => c.WithCommand("sh", "-c", "echo \"Job ran at $(date)\""))
            .ToModel();
        yield return JobSharp.Job.Create("db-migration").InNamespace("myspace")
            .WithCompletions(1).WithParallelism(1).WithBackoffLimit(3)
            .WithRestartPolicy(JobRestartPolicy.OnFailure)
            .AddContainer("migrate", "shubhamm18/diffpods:01", c => c
                .WithShell("echo \"Running DB migration...\"\nnode migrate.js\necho \"Migration complete\"\n")
                .WithEnv("DB_HOST", config.Key("DB_HOST"))
                .WithEnv("DB_PASSWORD", secret.Key("MYSQL_ROOT_PASSWORD")))
            .ToModel();
        yield return JobSharp.Job.Create("batch-processor").InNamespace("myspace")
            .WithCompletions(5).WithParallelism(2).WithBackoffLimit(2)
            .WithRestartPolicy(JobRestartPolicy.OnFailure)
            .AddContainer("processor", "busybox", c => c
                .WithShell("echo \"Processing batch item on pod: $HOSTNAME\"\nsleep 5\necho \"Done\"\n"))
            .ToModel();
    }
}
