using JobSharp.Validation;
using k8s.Models;

namespace JobSharp.Tests.Validation;

/// <summary>Manifests the API server accepts pass, including fields it defaults.</summary>
public sealed class ValidManifestTests
{
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
    public void Validate_CronJobPodConditionWithoutStatus_IsNotReported()
    {
        var cronJob = Samples.CronJob();
        cronJob.Spec().Template.Spec.RestartPolicy = "Never";
        cronJob.Spec().PodFailurePolicy = new V1PodFailurePolicy
        {
            Rules = [new V1PodFailurePolicyRule { Action = "Ignore", OnPodConditions = [new V1PodFailurePolicyOnPodConditionsPattern { Type = "DisruptionTarget" }] }],
        };

        Assert.Empty(ManifestValidator.Validate(cronJob).Issues);
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
}
