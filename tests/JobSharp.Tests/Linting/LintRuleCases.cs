using JobSharp.Linting;
using k8s.Models;
using static JobSharp.Tests.Linting.LintManifests;

namespace JobSharp.Tests.Linting;

/// <summary>For every rule: manifests that trigger it, and near-identical ones that do not.</summary>
internal static class LintRuleCases
{
    public sealed record Case(Func<object[]> Triggers, Func<object[]> DoesNotTrigger, LintOptions? Options = null, LintOptions? FineOptions = null);

    private static readonly LintOptions Target130 = new() { TargetVersion = new KubeVersion(1, 30) };
    private static readonly LintOptions Target125 = new() { TargetVersion = new KubeVersion(1, 25) };

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>(StringComparer.Ordinal)
    {
        ["JS4001"] = new(() => [Job(j => j.Spec.TtlSecondsAfterFinished = null)], () => [Job(j => j.Spec.TtlSecondsAfterFinished = 0)]),
        ["JS4002"] = new(() => [Job(j => j.Spec.ActiveDeadlineSeconds = null)], () => [Job(j => j.Spec.ActiveDeadlineSeconds = 60)]),
        ["JS4003"] = new(() => [Job(j => j.Spec.BackoffLimit = null)], () => [Job(j => j.Spec.BackoffLimit = 6)]),
        ["JS4004"] = new(() => [Job(j => j.MainContainer().Image = "busybox")], () => [Job(j => j.MainContainer().Image = "busybox:1.37")]),
        ["JS4005"] = new(() => [Job(j => j.MainContainer().Resources.Limits.Clear())], () => [Job(j => { j.MainContainer().Resources.Requests.Clear(); j.MainContainer().Resources.Limits["cpu"] = new ResourceQuantity("1"); })]),
        ["JS4006"] = new(
            () => [Job(j => j.MainContainer().Env = [new V1EnvVar { Name = "DB_PASSWORD", Value = "hunter2" }])],
            () => [Job(j => j.MainContainer().Env = [new V1EnvVar { Name = "DB_PASSWORD", ValueFrom = SecretKey("db", "password") }])]),
        ["JS4007"] = new(
            () => [Job(j => { Migration(j); j.Spec.Parallelism = 2; })],
            () => [Job(j => { Migration(j); j.Spec.Parallelism = 1; j.Spec.Completions = 1; })]),
        ["JS4008"] = new(
            () => [Job(j => { Migration(j); j.Spec.Template.Spec.RestartPolicy = "Never"; })],
            () => [Job(j => { Migration(j); j.Spec.Template.Spec.RestartPolicy = "OnFailure"; })]),
        ["JS4009"] = new(
            () => [Job(j => { j.Spec.Completions = 2; j.Spec.Parallelism = 3; })],
            () => [Job(j => { j.Spec.Completions = 2; j.Spec.Parallelism = 2; })]),
        ["JS4010"] = new(() => [Job(j => j.MainContainer().SecurityContext.Privileged = true)], () => [Job(j => j.MainContainer().SecurityContext.Privileged = false)]),
        ["JS4011"] = new(
            () => [Job(j => j.MainContainer().SecurityContext.AllowPrivilegeEscalation = true)],
            () => [Job(j => j.MainContainer().SecurityContext.AllowPrivilegeEscalation = false)]),
        ["JS4012"] = new(
            () => [Job(j => j.MainContainer().SecurityContext.AllowPrivilegeEscalation = null)],
            () => [Job(j => j.MainContainer().SecurityContext.AllowPrivilegeEscalation = false)]),
        ["JS4013"] = new(() => [Job(j => j.MainContainer().SecurityContext.RunAsUser = 0)], () => [Job(j => j.MainContainer().SecurityContext.RunAsUser = 1000)]),
        ["JS4014"] = new(
            () => [Job(j => j.Spec.Template.Spec.Volumes = [new V1Volume { Name = "data", HostPath = new V1HostPathVolumeSource { Path = "/var/data" } }])],
            () => [Job(j => j.Spec.Template.Spec.Volumes = [new V1Volume { Name = "data", EmptyDir = new V1EmptyDirVolumeSource() }])]),
        ["JS4015"] = new(() => [Job(j => j.Spec.Template.Spec.HostNetwork = true)], () => [Job(j => j.Spec.Template.Spec.HostNetwork = false)]),
        ["JS4016"] = new(() => [CronJob(c => c.Spec.ConcurrencyPolicy = "Allow")], () => [CronJob(c => c.Spec.ConcurrencyPolicy = "Forbid")]),
        ["JS4017"] = new(() => [CronJob(c => c.Spec.StartingDeadlineSeconds = null)], () => [CronJob(c => c.Spec.StartingDeadlineSeconds = 300)]),
        ["JS4018"] = new(
            () => [Job(j => j.MainContainer().Env = [new V1EnvVar { Name = "DB_HOST", ValueFrom = ConfigMapKey("db", "DB_HOST") }]), ConfigMap("db", "HOST")],
            () => [Job(j => j.MainContainer().Env = [new V1EnvVar { Name = "DB_HOST", ValueFrom = ConfigMapKey("db", "DB_HOST") }]), ConfigMap("db", "DB_HOST")]),
        ["JS4019"] = new(
            () => [Job(j => j.Spec.PodFailurePolicy = FailJobOnExitCode42())],
            () => [Job(j => j.Spec.PodFailurePolicy = FailJobOnExitCode42())],
            Target125,
            Target130),
        ["JS4020"] = new(
            () => [Job(j => j.Spec.PodReplacementPolicy = "Failed")],
            () => [Job(j => j.Spec.PodReplacementPolicy = "Failed")],
            Target130,
            new LintOptions { TargetVersion = new KubeVersion(1, 34) }),
        ["JS4021"] = new(
            () => [Job(j => Suppress(j, "JS4002"))],
            () => [Job(j => Suppress(j, "JS4002: bounded by the script's own timeout"))]),
        ["JS4022"] = new(
            () => [Job(j => Suppress(j, "JS4999: no such rule"))],
            () => [Job(j => Suppress(j, "JS4002: bounded by the script's own timeout"))]),
    };

    public static void Migration(V1Job job)
    {
        job.Metadata.Name = "db-migration";
        job.Spec.Template.Spec.RestartPolicy = "OnFailure";
    }

    public static void Suppress(V1Job job, string value) =>
        job.Metadata.Annotations = new Dictionary<string, string> { [LintSuppression.AnnotationKey] = value };

    public static V1EnvVarSource SecretKey(string name, string key) => new() { SecretKeyRef = new V1SecretKeySelector { Name = name, Key = key } };

    public static V1EnvVarSource ConfigMapKey(string name, string key) => new() { ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = name, Key = key } };

    public static V1ConfigMap ConfigMap(string name, params string[] keys) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "batch" },
        Data = keys.ToDictionary(k => k, _ => "x"),
    };

    public static V1PodFailurePolicy FailJobOnExitCode42() => new()
    {
        Rules = [new V1PodFailurePolicyRule { Action = "FailJob", OnExitCodes = new V1PodFailurePolicyOnExitCodesRequirement { OperatorProperty = "In", Values = [42] } }],
    };
}
