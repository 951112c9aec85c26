using CsCheck;
using JobSharp.Loading;
using JobSharp.Rendering;
using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Cli.Tests.Import;

/// <summary>
/// Random valid Jobs and CronJobs, including fields the DSL has no method for: model → YAML → load → import →
/// compile with Roslyn → build → render gives the canonical YAML of the model, byte for byte.
/// </summary>
public sealed class ImportPropertyTests
{
    private const int PerCompilation = 25;

    [Fact]
    public void Import_RandomValidManifests_RenderTheirCanonicalYaml() =>
        ImportGen.Manifest.Where(m => ManifestValidator.Validate(m).IsValid).Array[PerCompilation, PerCompilation]
            .Sample(models =>
            {
                var yaml = ManifestRenderer.ToYaml(models);
                var loaded = ManifestLoader.LoadString(yaml, "random.yaml");
                Assert.True(loaded.Succeeded, string.Join('\n', loaded.Errors.Select(e => e.Message)));
                var inputs = ImportHarness.JobsIn(loaded);
                var code = ImportHarness.Import(inputs, "random.yaml", "Random");

                var (assembly, diagnostics) = ImportHarness.Compile([code]);

                Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics.Take(10)) + "\n" + code);
                var rendered = ImportHarness.Render(ImportHarness.All(assembly!, "Random.ImportedManifests"), inputs);
                Assert.Equal(yaml, rendered);
            }, iter: 6, threads: 1);

    [Fact]
    public void Generator_MakesMostlyValidJobsAndCronJobsWithFieldsOutsideTheDsl() =>
        ImportGen.Manifest.Array[200, 200].Sample(models =>
        {
            var valid = models.Where(m => ManifestValidator.Validate(m).IsValid).ToList();
            var yaml = valid.Select(m => ManifestRenderer.ToYaml(m)).ToList();

            Assert.True(valid.Count >= 50, $"only {valid.Count} of 200 generated manifests are valid");
            Assert.Contains(valid, m => m is V1CronJob);
            Assert.Contains(valid, m => m is V1Job { Spec.CompletionMode: "Indexed" });
            Assert.Contains(yaml, y => y.Contains("hostNetwork", StringComparison.Ordinal));
            Assert.Contains(yaml, y => y.Contains("podFailurePolicy", StringComparison.Ordinal));
            Assert.Contains(yaml, y => y.Contains("hostPath", StringComparison.Ordinal));
            Assert.Contains(yaml, y => y.Contains("securityContext", StringComparison.Ordinal));
        }, iter: 1, threads: 1);
}

/// <summary>Random <c>batch/v1</c> Jobs and CronJobs: most fields the DSL covers, and some it does not.</summary>
internal static class ImportGen
{
    private static readonly Gen<string> Name = Gen.OneOf("report", "db-migration", "thumbnails", "a", "nightly-backup", "x1");
    private static readonly Gen<string> Text = Gen.OneOf("", "full", "yes", "0123", "a b", "multi\nline\n", "échec", "1e3", "say \"hi\"");
    private static readonly Gen<string> Image = Gen.OneOf("busybox", "busybox:1.36", "ghcr.io/acme/app:1.2.3", "postgres:16.3");
    private static readonly Gen<string> Quantity = Gen.OneOf("250m", "1", "2", "1.5", "256Mi", "1Gi", "1.5Gi", "100k", "0", "512");
    private static readonly Gen<string> Key = Gen.OneOf("app", "team", "example.com/owner", "tier");

    public static readonly Gen<IKubernetesObject<V1ObjectMeta>> Manifest =
        Gen.Select(Job, Gen.Int[0, 3], CronSpec).Select((job, kind, cron) => kind == 0 ? (IKubernetesObject<V1ObjectMeta>)cron(job) : job);

    private static Gen<int?> Maybe(Gen<int> value) => Gen.Select(Gen.Int[0, 9], value).Select((p, v) => p < 4 ? (int?)null : v);

    private static Gen<Dictionary<string, string>?> Map => Gen.Select(Key, Text).Array[0, 3]
        .Select(pairs => pairs.Length == 0 ? null : pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2.Replace("\n", string.Empty, StringComparison.Ordinal)));

    private static Gen<V1Job> Job => Gen.Select(Name, Gen.Bool, Map, Map, JobSpec).Select((name, ns, labels, annotations, spec) => new V1Job
    {
        ApiVersion = "batch/v1",
        Kind = "Job",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns ? "shop" : null, Labels = labels, Annotations = annotations },
        Spec = spec,
    });

    private static Gen<Func<V1Job, V1CronJob>> CronSpec => Gen.Select(
        Gen.OneOf("*/15 * * * *", "0 3 * * *", "@hourly", "30 2 * * mon-fri"),
        Gen.OneOf<string?>(null, "Europe/Berlin"),
        Gen.OneOf<string?>(null, "Forbid", "Replace", "Allow"),
        Maybe(Gen.Int[0, 5]),
        Map,
        Gen.Bool).Select((schedule, zone, policy, history, labels, suspend) => new Func<V1Job, V1CronJob>(job => new V1CronJob
        {
            ApiVersion = "batch/v1",
            Kind = "CronJob",
            Metadata = new V1ObjectMeta { Name = job.Metadata.Name, NamespaceProperty = job.Metadata.NamespaceProperty, Labels = labels ?? job.Metadata.Labels },
            Spec = new V1CronJobSpec
            {
                Schedule = schedule,
                TimeZone = zone,
                ConcurrencyPolicy = policy,
                SuccessfulJobsHistoryLimit = history,
                Suspend = suspend ? true : null,
                JobTemplate = new V1JobTemplateSpec
                {
                    Metadata = job.Metadata.Labels is null && job.Metadata.Annotations is null ? null : new V1ObjectMeta { Labels = job.Metadata.Labels, Annotations = job.Metadata.Annotations },
                    Spec = Without(job.Spec),
                },
            },
        }));

    private static V1JobSpec Without(V1JobSpec spec)
    {
        spec.Selector = null;
        spec.ManualSelector = null;
        return spec;
    }

    private static Gen<V1JobSpec> JobSpec => Gen.Select(Gen.Int[0, 4], Maybe(Gen.Int[0, 6]), Maybe(Gen.Int[0, 6]), Gen.Int[0, 3], Maybe(Gen.Int[1, 7200]), Gen.Bool, Pod, Rules)
        .Select((mode, completions, parallelism, retry, deadline, suspend, pod, rules) =>
        {
            var spec = new V1JobSpec
            {
                Completions = completions,
                Parallelism = parallelism,
                BackoffLimit = retry == 0 ? null : retry,
                ActiveDeadlineSeconds = deadline,
                TtlSecondsAfterFinished = deadline is { } d ? (int)(d % 600) : null,
                Suspend = suspend ? true : null,
                Template = pod,
            };
            if (mode == 0 && completions is > 0)
            {
                spec.CompletionMode = "Indexed";
                spec.BackoffLimitPerIndex = 1;
                spec.BackoffLimit = null;
                spec.MaxFailedIndexes = retry;
                spec.PodFailurePolicy = new V1PodFailurePolicy { Rules = [new V1PodFailurePolicyRule { Action = "FailIndex", OnExitCodes = new V1PodFailurePolicyOnExitCodesRequirement { OperatorProperty = "In", Values = [3, 4] } }] };
                spec.SuccessPolicy = new V1SuccessPolicy { Rules = [new V1SuccessPolicyRule { SucceededCount = 1 }] };
                pod.Spec.RestartPolicy = "Never";
            }
            else if (mode == 1 && rules is not null)
            {
                spec.PodFailurePolicy = rules;
                pod.Spec.RestartPolicy = "Never";
            }
            else if (mode == 2)
            {
                spec.Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["run"] = "one" } };
                spec.ManualSelector = true;
                pod.Metadata ??= new V1ObjectMeta();
                pod.Metadata.Labels = new Dictionary<string, string> { ["run"] = "one" };
            }

            return spec;
        });

    private static Gen<V1PodFailurePolicy?> Rules => Gen.OneOf(
        (V1PodFailurePolicy?)null,
        new V1PodFailurePolicy
        {
            Rules =
            [
                new V1PodFailurePolicyRule { Action = "FailJob", OnExitCodes = new V1PodFailurePolicyOnExitCodesRequirement { ContainerName = "main", OperatorProperty = "In", Values = [42] } },
                new V1PodFailurePolicyRule { Action = "Ignore", OnPodConditions = [new V1PodFailurePolicyOnPodConditionsPattern { Type = "DisruptionTarget", Status = "True" }] },
            ],
        },
        new V1PodFailurePolicy
        {
            Rules = [new V1PodFailurePolicyRule { Action = "Count", OnExitCodes = new V1PodFailurePolicyOnExitCodesRequirement { OperatorProperty = "NotIn", Values = [0, 1] } }],
        });

    private static Gen<V1PodTemplateSpec> Pod => Gen.Select(Map, Gen.Int[0, 3], Container.Array[1, 2], Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 2])
        .Select((labels, restart, containers, extras, hostNetwork, security) =>
        {
            for (var i = 0; i < containers.Length; i++)
            {
                containers[i].Name = i == 0 ? "main" : $"helper{i}";
            }

            var spec = new V1PodSpec
            {
                RestartPolicy = restart == 0 ? "OnFailure" : "Never",
                Containers = [.. containers],
                HostNetwork = hostNetwork ? true : null,
                ServiceAccountName = extras == 1 ? "runner" : null,
                NodeSelector = extras == 2 ? new Dictionary<string, string> { ["kubernetes.io/arch"] = "arm64" } : null,
                Tolerations = extras == 3 ? [new V1Toleration { Key = "dedicated", OperatorProperty = "Equal", Value = "batch", Effect = "NoSchedule" }] : null,
                SecurityContext = security switch
                {
                    1 => PodSecurityContext.Hardened.ToModel(),
                    2 => new V1PodSecurityContext { RunAsUser = 1000, FsGroup = 2000 },
                    _ => null,
                },
                Volumes = containers.Any(c => c.VolumeMounts is not null)
                    ? [new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource() }, new V1Volume { Name = "config", ConfigMap = new V1ConfigMapVolumeSource { Name = "app-config" } }, new V1Volume { Name = "host", HostPath = new V1HostPathVolumeSource { Path = "/var/log" } }]
                    : null,
            };
            if (security == 1)
            {
                foreach (var container in spec.Containers)
                {
                    container.SecurityContext = ContainerSecurityContext.Hardened.ToModel();
                }
            }

            return new V1PodTemplateSpec { Metadata = labels is null ? null : new V1ObjectMeta { Labels = labels }, Spec = spec };
        });

    private static Gen<V1Container> Container => Gen.Select(Image, Gen.Int[0, 3], Env.Array[0, 3], Gen.Int[0, 4], Quantity, Gen.Int[0, 3], Gen.Int[0, 3])
        .Select((image, command, env, resources, quantity, mounts, extra) => new V1Container
        {
            Name = "main",
            Image = image,
            Command = command switch
            {
                1 => ["sh", "-c", "echo start\nrun --all\n"],
                2 => ["/app"],
                3 => ["sh", "-c", "echo \"one line\""],
                _ => null,
            },
            Args = command == 2 ? ["--mode", "full"] : null,
            Env = env.Length == 0 ? null : [.. env.DistinctBy(e => e.Name)],
            Resources = resources switch
            {
                1 => new V1ResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(quantity), ["memory"] = new("256Mi") } },
                2 => new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("1Gi"), ["nvidia.com/gpu"] = new("1") } },
                3 => new V1ResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["ephemeral-storage"] = new(quantity) } },
                _ => null,
            },
            VolumeMounts = mounts switch
            {
                1 => [new V1VolumeMount { Name = "scratch", MountPath = "/scratch" }],
                2 => [new V1VolumeMount { Name = "config", MountPath = "/etc/app", ReadOnlyProperty = true }, new V1VolumeMount { Name = "scratch", MountPath = "/tmp" }],
                3 => [new V1VolumeMount { Name = "host", MountPath = "/logs" }, new V1VolumeMount { Name = "config", MountPath = "/etc/app", SubPath = "app.yaml" }],
                _ => null,
            },
            ImagePullPolicy = extra == 1 ? "IfNotPresent" : null,
            Ports = extra == 2 ? [new V1ContainerPort { ContainerPort = 9090, Name = "metrics" }] : null,
            Stdin = extra == 3 ? true : null,
            ReadinessProbe = extra == 3 ? new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/ready", Port = 8080 }, PeriodSeconds = 5, SuccessThreshold = 1 } : null,
        });

    private static Gen<V1EnvVar> Env => Gen.Select(Gen.OneOf("MODE", "DB_HOST", "DB_PASSWORD", "POD"), Gen.Int[0, 4], Text).Select((name, kind, text) => new V1EnvVar
    {
        Name = name,
        Value = kind == 0 ? text : null,
        ValueFrom = kind switch
        {
            1 => new V1EnvVarSource { ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = "app-config", Key = "DB_HOST" } },
            2 => new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "db", Key = "password", Optional = true } },
            3 => new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } },
            4 => new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.labels['team']" } },
            _ => null,
        },
    });
}
