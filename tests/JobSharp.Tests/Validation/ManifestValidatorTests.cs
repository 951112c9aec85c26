using JobSharp.Validation;
using JobSharp.Validation.Rules;
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
    public void Validate_DefaultedFields_AreNotReported()
    {
        var job = Samples.Job();
        job.Spec.Completions = null;
        job.Spec.Parallelism = null;
        job.Spec.BackoffLimit = null;
        job.Container0().Ports = [new V1ContainerPort { ContainerPort = 8080 }];
        job.Container0().Env.Add(new V1EnvVar { Name = "NODE", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "spec.nodeName" } } });
        job.Pod().Volumes = [new V1Volume { Name = "scratch" }];
        job.Container0().VolumeMounts = [new V1VolumeMount { Name = "scratch", MountPath = "/scratch" }];
        job.Spec.PodFailurePolicy = new V1PodFailurePolicy
        {
            Rules = [new V1PodFailurePolicyRule { Action = "Ignore", OnPodConditions = [new V1PodFailurePolicyOnPodConditionsPattern { Type = "DisruptionTarget" }] }],
        };

        Assert.Empty(ManifestValidator.Validate(job).Issues);
    }

    [Fact]
    public void Validate_MissingNamespaceAndGenerateName_Pass()
    {
        var job = Samples.Job();
        job.Metadata.NamespaceProperty = null;
        job.Metadata.Name = null;
        job.Metadata.GenerateName = "base-";

        Assert.Empty(ManifestValidator.Validate(job).Issues);
    }

    [Fact]
    public void Validate_FullFeaturedIndexedJob_Passes()
    {
        var job = Samples.Job();
        JobSpecCases.Indexed(job, 10, perIndex: 1, maxFailed: 3, parallelism: 3);
        job.Spec.PodFailurePolicy = PolicyCases.ExitCodePolicy("FailIndex", "In", 1, 2, 42);
        job.Spec.SuccessPolicy = new V1SuccessPolicy { Rules = [new V1SuccessPolicyRule { SucceededIndexes = "0-2,5,7-9", SucceededCount = 6 }] };
        job.Spec.ManagedBy = "kubernetes.io/job-controller";
        job.Spec.TtlSecondsAfterFinished = 0;
        job.Spec.ActiveDeadlineSeconds = 0;
        job.Pod().InitContainers =
        [
            new V1Container { Name = "proxy", Image = "envoy:v1", RestartPolicy = "Always", ReadinessProbe = new V1Probe { Exec = new V1ExecAction { Command = ["true"] } } },
        ];
        job.Container0().Resources = new V1ResourceRequirements
        {
            Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("2"), ["memory"] = new("1Gi"), ["nvidia.com/gpu"] = new("1") },
            Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("500m"), ["memory"] = new("512Mi") },
        };
        job.Container0().Env.Add(new V1EnvVar { Name = "APP", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.labels['app']" } } });
        job.Container0().EnvFrom = [new V1EnvFromSource { Prefix = "CFG_", ConfigMapRef = new V1ConfigMapEnvSource { Name = "settings" } }];

        Assert.Empty(ManifestValidator.Validate(job).Issues);
    }

    [Fact]
    public void Validate_ManualSelectorMatchingTemplate_Passes()
    {
        var job = Samples.Job();
        job.Spec.ManualSelector = true;
        job.Spec.Selector = new V1LabelSelector
        {
            MatchLabels = new Dictionary<string, string> { ["app"] = "demo" },
            MatchExpressions = [new V1LabelSelectorRequirement { Key = "tier", OperatorProperty = "DoesNotExist" }],
        };

        Assert.Empty(ManifestValidator.Validate(job).Issues);
    }

    [Fact]
    public void Validate_CronJobWithDescriptorAndZone_Passes()
    {
        var cronJob = Samples.CronJob();
        cronJob.Spec.Schedule = "@every 1h30m";
        cronJob.Spec.TimeZone = "Etc/UTC";
        cronJob.Spec.ConcurrencyPolicy = "Forbid";

        Assert.Empty(ManifestValidator.Validate(cronJob).Issues);
    }

    [Fact]
    public void Validate_LongNameInUserJobNameLabel_IsReportedOnce()
    {
        var job = Samples.Job();
        var name = new string('a', 64);
        job.Metadata.Name = name;
        job.Spec.Template.Metadata.Labels["job-name"] = name;

        var issue = Assert.Single(ManifestValidator.Validate(job).Issues);

        Assert.Equal("spec.template.labels", issue.Path);
        Assert.Equal("must be no more than 63 bytes", issue.Message);
    }

    [Fact]
    public void Validate_LocalInAnotherCase_IsAlsoLookedUp()
    {
        var cronJob = Samples.CronJob();
        cronJob.Spec.TimeZone = "LOCAL";

        var codes = ManifestValidator.Validate(cronJob).Issues.Select(i => i.Code).ToArray();

        Assert.Equal(TimeZoneNames.CanCheckDatabase ? ["JS1508", "JS1509"] : ["JS1508"], codes);
    }

    [Fact]
    public void Validate_RestartPolicyOmitted_ReportsTheServerText()
    {
        var cronJob = Samples.CronJob();
        cronJob.Spec().Template.Spec.RestartPolicy = null;

        var issue = Assert.Single(ManifestValidator.Validate(cronJob).Issues);

        Assert.Equal(
            "JS1117: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"",
            issue.ToString());
    }

    [Fact]
    public void ToString_InvalidValue_PrintsTheQuotedValue()
    {
        var job = Samples.Job();
        job.Spec.CompletionMode = "indexed";

        var issue = Assert.Single(ManifestValidator.Validate(job).Issues);

        Assert.Equal("JS1103: spec.completionMode: Unsupported value: \"indexed\": supported values: \"NonIndexed\", \"Indexed\"", issue.ToString());
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
