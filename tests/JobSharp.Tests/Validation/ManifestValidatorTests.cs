using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Tests.Validation;

public sealed class ManifestValidatorTests
{
    [Fact]
    public void Validate_BaselineJob_Passes() => Assert.Empty(ManifestValidator.Validate(Samples.Job()).Issues);

    [Fact]
    public void Validate_BaselineCronJob_Passes() => Assert.Empty(ManifestValidator.Validate(Samples.CronJob()).Issues);

    [Fact]
    public void Validate_SeedJobs_Pass()
    {
        var jobs = Samples.SeedJobs().ToList();

        Assert.Equal(3, jobs.Count);
        Assert.All(jobs, job => Assert.Empty(ManifestValidator.Validate(job).Issues));
    }

    [Fact]
    public void Validate_NullJob_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ManifestValidator.Validate((V1Job)null!));

    [Fact]
    public void Validate_NullCronJob_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ManifestValidator.Validate((V1CronJob)null!));

    [Fact]
    public void Validate_Job_DoesNotChangeIt()
    {
        var job = Samples.Job();
        job.Spec.Completions = null;
        job.Spec.BackoffLimit = null;
        job.Pod().RestartPolicy = null;
        job.Pod().Volumes = [new V1Volume { Name = "scratch" }];
        job.Container0().Ports = [new V1ContainerPort { ContainerPort = 80 }];
        job.Container0().Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("1") } };
        job.Container0().Env.Add(new V1EnvVar { Name = "POD", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } } });
        var before = KubernetesJson.Serialize(job);

        ManifestValidator.Validate(job);

        Assert.Equal(before, KubernetesJson.Serialize(job));
        Assert.Null(job.Container0().Resources.Requests);
        Assert.Null(job.Pod().Volumes[0].EmptyDir);
    }

    [Fact]
    public void Validate_CronJob_DoesNotChangeIt()
    {
        var cronJob = Samples.CronJob();
        var before = KubernetesJson.Serialize(cronJob);

        ManifestValidator.Validate(cronJob);

        Assert.Equal(before, KubernetesJson.Serialize(cronJob));
        Assert.Null(cronJob.Spec.ConcurrencyPolicy);
    }

    [Fact]
    public void Validate_ThreeProblems_ReportsAllThree()
    {
        var job = Samples.Job();
        job.Spec.BackoffLimit = -1;
        job.Container0().Image = null;
        job.Container0().Env.Add(new V1EnvVar { Name = "A=B" });

        var issues = ManifestValidator.Validate(job).Issues;

        Assert.Equal(
            ["spec.backoffLimit", "spec.template.spec.containers[0].image", "spec.template.spec.containers[0].env[1].name"],
            issues.Select(i => i.Path).ToArray());
    }

    [Fact]
    public void Validate_DslBuildOfSeedJobs_DoesNotThrow()
    {
        var job = JobSharp.Job.Create("hello-job").WithRestartPolicy(JobRestartPolicy.Never).AddContainer("hello", "busybox");

        Assert.Equal("hello-job", job.Build().Metadata.Name);
    }

    [Fact]
    public void Build_InvalidDslJob_ThrowsWithEveryIssue()
    {
        var job = JobSharp.Job.Create("Bad_Name").AddContainer("Main", "busybox");

        var error = Assert.Throws<ManifestValidationException>(job.Build);

        Assert.Equal(["JS1004", "JS1303"], error.Issues.Select(i => i.Code).Order(StringComparer.Ordinal).ToArray());
    }
}
