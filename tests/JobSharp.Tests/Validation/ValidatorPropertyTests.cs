using CsCheck;
using JobSharp.KubernetesRules;
using JobSharp.Validation;
using JobSharp.Validation.Rules;
using k8s.Models;

namespace JobSharp.Tests.Validation;

/// <summary>Random damage to valid objects never makes the validator throw, and never changes its argument.</summary>
public sealed class ValidatorPropertyTests
{
    private static readonly Gen<string?> Text = Gen.OneOf(
        Gen.Const((string?)null),
        Gen.Const((string?)string.Empty),
        Gen.String.Select(s => (string?)s),
        Gen.OneOf<string?>("-", "/", "a/b/c", "..", "TZ", "@every", "In", "Indexed", "Always", "0", "-1", "Local", "\n", "x=y"));

    private static readonly Gen<int> Number = Gen.OneOf(Gen.Int, Gen.Int[-3, 3], Gen.OneOf(int.MinValue, int.MaxValue, 100_001, 65536));

    private static readonly Action<V1Job, string?, int>[] JobDamage =
    [
        (j, s, _) => j.Metadata.Name = s,
        (j, s, _) => j.Metadata.GenerateName = s,
        (j, s, _) => j.Metadata.NamespaceProperty = s,
        (j, s, _) => j.Metadata.Labels[s ?? "k"] = s!,
        (j, s, _) => j.Metadata.Annotations[s ?? "k"] = s!,
        (j, _, _) => j.Metadata = null,
        (j, _, _) => j.Spec = null,
        (j, _, _) => j.Spec.Template = null,
        (j, _, _) => j.Spec.Template.Spec = null,
        (j, _, _) => j.Spec.Template.Metadata = null,
        (j, _, _) => j.Pod().Containers = null,
        (j, _, _) => j.Pod().Containers.Add(null!),
        (j, _, n) => j.Spec.Completions = n,
        (j, _, n) => j.Spec.Parallelism = n,
        (j, _, n) => j.Spec.BackoffLimit = n,
        (j, _, n) => j.Spec.BackoffLimitPerIndex = n,
        (j, _, n) => j.Spec.MaxFailedIndexes = n,
        (j, _, n) => j.Spec.ActiveDeadlineSeconds = n,
        (j, s, _) => j.Spec.CompletionMode = s,
        (j, s, _) => j.Spec.ManagedBy = s,
        (j, s, _) => j.Spec.PodReplacementPolicy = s,
        (j, _, _) => j.Spec.ManualSelector = true,
        (j, s, _) => j.Spec.Selector = new V1LabelSelector { MatchExpressions = [new V1LabelSelectorRequirement { Key = s, OperatorProperty = s, Values = [s!] }] },
        (j, s, n) => j.Spec.PodFailurePolicy = new V1PodFailurePolicy
        {
            Rules = [new V1PodFailurePolicyRule { Action = s, OnExitCodes = new V1PodFailurePolicyOnExitCodesRequirement { OperatorProperty = s, ContainerName = s, Values = [n, n] } }, null!],
        },
        (j, s, _) => j.Spec.PodFailurePolicy = new V1PodFailurePolicy { Rules = [new V1PodFailurePolicyRule { OnPodConditions = [null!, new V1PodFailurePolicyOnPodConditionsPattern { Type = s, Status = s }] }] },
        (j, s, n) => j.Spec.SuccessPolicy = new V1SuccessPolicy { Rules = [new V1SuccessPolicyRule { SucceededIndexes = s, SucceededCount = n }, null!] },
        (j, s, _) => j.Pod().RestartPolicy = s,
        (j, s, _) => j.Pod().DnsPolicy = s,
        (j, s, _) => j.Pod().Hostname = s,
        (j, s, _) => j.Pod().NodeSelector = new Dictionary<string, string> { [s ?? "k"] = s! },
        (j, _, n) => j.Pod().ActiveDeadlineSeconds = n,
        (j, _, _) => j.Pod().HostNetwork = true,
        (j, s, _) => j.Container0().Name = s,
        (j, s, _) => j.Container0().Image = s,
        (j, s, _) => j.Container0().ImagePullPolicy = s,
        (j, s, _) => j.Container0().RestartPolicy = s,
        (j, s, _) => j.Pod().InitContainers = [new V1Container { Name = s, RestartPolicy = s, StartupProbe = new V1Probe() }, null!],
        (j, s, _) => j.Container0().Env.Add(new V1EnvVar { Name = s, Value = s }),
        (j, _, _) => j.Container0().Env.Add(null!),
        (j, s, _) => j.Container0().Env.Add(new V1EnvVar { Name = "X", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = s, ApiVersion = s } } }),
        (j, s, _) => j.Container0().Env.Add(new V1EnvVar { Name = "X", ValueFrom = new V1EnvVarSource { ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = s, Key = s }, ResourceFieldRef = new V1ResourceFieldSelector { Resource = s } } }),
        (j, s, _) => j.Container0().EnvFrom = [new V1EnvFromSource { Prefix = s, SecretRef = new V1SecretEnvSource { Name = s } }, null!],
        (j, s, n) => j.Container0().Ports = [new V1ContainerPort { Name = s, ContainerPort = n, HostPort = n, Protocol = s }, null!],
        (j, s, n) => j.Container0().Resources = new V1ResourceRequirements
        {
            Limits = new Dictionary<string, ResourceQuantity> { [s ?? "cpu"] = new(n.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
            Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("100m"), ["hugepages-1Gi"] = new("1Gi") },
        },
        (j, s, n) => j.Pod().Volumes = [new V1Volume { Name = s, Secret = new V1SecretVolumeSource { DefaultMode = n, Items = [new V1KeyToPath { Key = s, Path = s, Mode = n }, null!] }, ConfigMap = new V1ConfigMapVolumeSource() }, null!],
        (j, s, _) => j.Container0().VolumeMounts = [new V1VolumeMount { Name = s, MountPath = s, SubPath = s, SubPathExpr = s }, null!],
        (j, s, _) => j.Pod().EphemeralContainers = [new V1EphemeralContainer { Name = s }],
    ];

    [Fact]
    public void Validate_RandomlyDamagedJob_NeverThrowsNorChangesTheJob()
    {
        Gen.Select(Gen.Int[0, JobDamage.Length - 1].Array[1, 6], Text, Number).Sample((damage, text, number) =>
        {
            var job = Samples.Job();
            foreach (var index in damage)
            {
                try
                {
                    JobDamage[index](job, text, number);
                }
                catch (Exception e) when (e is NullReferenceException or ArgumentException or FormatException)
                {
                    // The damage could not be applied to an already damaged Job (or built a bad quantity): skip it.
                }
            }

            var before = k8s.KubernetesJson.Serialize(job);
            var result = ManifestValidator.Validate(job);

            Assert.NotNull(result);
            Assert.Equal(before, k8s.KubernetesJson.Serialize(job));
        }, iter: 3000);
    }

    [Fact]
    public void Validate_RandomlyDamagedCronJob_NeverThrows()
    {
        Gen.Select(Text, Text, Number).Sample((schedule, zone, number) =>
        {
            var cronJob = Samples.CronJob();
            cronJob.Spec.Schedule = schedule;
            cronJob.Spec.TimeZone = zone;
            cronJob.Spec.ConcurrencyPolicy = zone;
            cronJob.Spec.StartingDeadlineSeconds = number;
            cronJob.Spec().Completions = number;

            Assert.NotNull(ManifestValidator.Validate(cronJob));
        }, iter: 2000);
    }

    [Fact]
    public void CronScheduleParser_RandomText_NeverThrows()
    {
        var cronish = Gen.Char["0123456789*/-,?@ abcdefmnostuvwyLJANFEBSUNMON.TZ="].Array[0, 24].Select(c => new string(c));
        Gen.OneOf(Gen.String, cronish).Sample(text => Assert.True(CronExpression.Parse(text).Error is null or { Length: > 0 }), iter: 5000);
    }

    [Fact]
    public void CronScheduleParser_RandomDurations_NeverThrow()
    {
        var durationish = Gen.Char["0123456789.hmsnuµ+-x"].Array[0, 16].Select(c => "@every " + new string(c));
        durationish.Sample(text => Assert.True(CronExpression.Parse(text).Error is null or { Length: > 0 }), iter: 3000);
    }

    [Fact]
    public void TimeZoneNames_RandomText_NeverThrows()
    {
        Gen.String.Sample(text =>
        {
            var error = TimeZoneNames.LoadError(text);
            Assert.True(error is null || error.Length > 0);
        }, iter: 2000);
    }

    [Fact]
    public void IndexIntervals_RandomText_NeverThrows()
    {
        var listish = Gen.Char["0123456789,-+ x"].Array[0, 20].Select(c => new string(c));
        Gen.Select(listish, Gen.Int[0, 100]).Sample((text, completions) =>
        {
            var error = IndexIntervals.Count(text, completions, out var total);
            Assert.True(error is not null || total >= 0);
        }, iter: 3000);
    }
}
