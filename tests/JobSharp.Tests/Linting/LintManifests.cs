using k8s.Models;

namespace JobSharp.Tests.Linting;

/// <summary>Manifests that trigger no lint rule at all, for tests to change one field at a time.</summary>
internal static class LintManifests
{
    public static V1Job CleanJob(string name = "report") => new()
    {
        ApiVersion = "batch/v1",
        Kind = "Job",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "batch" },
        Spec = new V1JobSpec
        {
            Completions = 1,
            Parallelism = 1,
            BackoffLimit = 2,
            ActiveDeadlineSeconds = 600,
            TtlSecondsAfterFinished = 3600,
            Template = new V1PodTemplateSpec { Spec = CleanPod() },
        },
    };

    public static V1CronJob CleanCronJob() => new()
    {
        ApiVersion = "batch/v1",
        Kind = "CronJob",
        Metadata = new V1ObjectMeta { Name = "nightly", NamespaceProperty = "batch" },
        Spec = new V1CronJobSpec
        {
            Schedule = "0 2 * * *",
            TimeZone = "Europe/Berlin",
            ConcurrencyPolicy = "Forbid",
            StartingDeadlineSeconds = 300,
            JobTemplate = new V1JobTemplateSpec
            {
                Spec = new V1JobSpec
                {
                    BackoffLimit = 2,
                    ActiveDeadlineSeconds = 600,
                    Template = new V1PodTemplateSpec { Spec = CleanPod() },
                },
            },
        },
    };

    public static V1PodSpec CleanPod() => new()
    {
        RestartPolicy = "Never",
        Containers = [CleanContainer("main")],
    };

    public static V1Container CleanContainer(string name) => new()
    {
        Name = name,
        Image = "busybox:1.37",
        Command = ["sh", "-c", "echo done"],
        Resources = new V1ResourceRequirements
        {
            Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["memory"] = new("64Mi") },
            Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("128Mi") },
        },
        SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, RunAsNonRoot = true },
    };

    public static V1Job Job(Action<V1Job> change)
    {
        var job = CleanJob();
        change(job);
        return job;
    }

    public static V1CronJob CronJob(Action<V1CronJob> change)
    {
        var cron = CleanCronJob();
        change(cron);
        return cron;
    }

    public static V1Container MainContainer(this V1Job job) => job.Spec.Template.Spec.Containers[0];
}
