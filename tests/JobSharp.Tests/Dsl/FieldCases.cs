namespace JobSharp.Tests.Dsl;

/// <summary>One minimal manifest per DSL field: a one-container Job (or CronJob) plus that field.</summary>
internal static class FieldCases
{
    private static readonly ConfigMapRef Config = ConfigMapRef.Named("app-config");
    private static readonly SecretRef Secret = SecretRef.Named("app-secret");

    public static Job Minimal { get; } = Job.Create("field").AddContainer("main", "busybox:1.36");

    public static IReadOnlyDictionary<string, IManifestSource> All { get; } = new Dictionary<string, IManifestSource>(StringComparer.Ordinal)
    {
        ["minimal"] = Minimal,
        ["job-labels-annotations"] = Minimal.WithLabel("app", "field").WithAnnotation("owner", "team-a"),
        ["completions"] = Minimal.WithCompletions(3),
        ["parallelism"] = Minimal.WithParallelism(2),
        ["active-deadline"] = Minimal.WithActiveDeadline(TimeSpan.FromMinutes(10)),
        ["ttl-after-finished"] = Minimal.WithTtlAfterFinished(TimeSpan.FromHours(1)),
        ["backoff-limit"] = Minimal.WithBackoffLimit(2),
        ["restart-in-place"] = Minimal.WithRetry(r => r.WithBackoffLimit(5).RestartContainersInPlace()),
        ["fail-job-on-exit-codes"] = Minimal.WithRetry(r => r.FailJobOnExitCodes("main", 42, 3, 42)),
        ["ignore-exit-codes"] = Minimal.WithRetry(r => r.IgnoreExitCodes(143)),
        ["exit-codes-not-in"] = Minimal.WithRetry(r => r.AddRule(PodFailureRule.OnExitCodesOtherThan(PodFailureAction.Count, [0, 1]))),
        ["ignore-disruptions"] = Minimal.WithRetry(r => r.IgnoreDisruptions()),
        ["fail-job-on-pod-condition"] = Minimal.WithRetry(r => r.AddRule(
            PodFailureRule.OnPodCondition(PodFailureAction.FailJob, "ConfigIssue").OrOnPodCondition("DisruptionTarget", PodConditionStatus.Unknown))),
        ["pod-replacement-policy"] = Minimal.WithPodReplacementPolicy(PodReplacementPolicy.Failed),
        ["indexed"] = Minimal.Indexed(completions: 4),
        ["backoff-limit-per-index"] = Minimal.Indexed(5, i => i.WithBackoffLimitPerIndex(1).WithMaxFailedIndexes(2)),
        ["fail-index"] = Minimal.Indexed(5, i => i.WithBackoffLimitPerIndex(1).FailIndexOnExitCodes(7)),
        ["success-policy-indexes"] = Minimal.Indexed(6, i => i.SucceedWhen(SuccessRule.WhenIndexesSucceed(0, 1, 2, 5))),
        ["success-policy-count"] = Minimal.Indexed(6, i => i.SucceedWhen(SuccessRule.WhenIndexesSucceed("0-4").WithSucceededCount(2))
            .SucceedWhen(SuccessRule.WhenCountSucceeds(5))),
        ["non-indexed"] = Minimal.NonIndexed(),
        ["completion-index-env"] = Minimal.Indexed(3).WithContainer("main", c => c.WithCompletionIndexEnv()),
        ["manual-selector"] = Minimal.WithManualSelector(LabelSelector.Matching("app", "field").AndIn("tier", "batch").AndExists("run"))
            .WithPodLabel("tier", "batch").WithPodLabel("run", "2024-06"),
        ["suspend"] = Minimal.WithSuspend(),
        ["managed-by"] = Minimal.WithManagedBy("kueue.x-k8s.io/multikueue"),
        ["pod-labels-annotations"] = Minimal.WithPodLabel("app", "field").WithPodAnnotation("sidecar.istio.io/inject", "false"),
        ["init-container"] = Minimal.AddInitContainer("wait", "busybox:1.36", c => c.WithShell("until nc -z db 5432; do sleep 1; done")),
        ["sidecar"] = Minimal.AddSidecar("proxy", "envoyproxy/envoy:v1.30.1"),
        ["sidecar-startup-probe"] = Minimal.AddSidecar("proxy", "envoyproxy/envoy:v1.30.1", c => c
            .WithStartupProbe(Probe.HttpGet("/ready", 9901).WithPeriod(TimeSpan.FromSeconds(1)).WithFailureThreshold(30))),
        ["probes"] = Minimal.WithContainer("main", c => c
            .WithLivenessProbe(Probe.Exec("cat", "/tmp/alive").WithInitialDelay(TimeSpan.FromSeconds(5)).WithTimeout(TimeSpan.FromSeconds(2)))
            .WithReadinessProbe(Probe.TcpSocket(8080))),
        ["resources"] = Minimal.WithContainer("main", c => c
            .WithRequests(cpu: Quantity.Cpu(0.25), memory: Quantity.Mebibytes(128), ephemeralStorage: Quantity.Parse("500M"))
            .WithLimits(cpu: Quantity.Cpu(2), memory: Quantity.Parse("1.5Gi"), ephemeralStorage: Quantity.Gibibytes(1))),
        ["extended-resource"] = Minimal.WithContainer("main", c => c.WithExtendedResource("nvidia.com/gpu", 1)
            .WithRequest("example.com/widget", Quantity.Count(2)).WithLimit("example.com/widget", 2)),
        ["volume-config-map"] = Minimal.WithContainer("main", c => c.AddVolumeMount(
            Volume.FromConfigMap("config", Config).AddItem("app.yaml", "app.yaml").WithDefaultMode(Convert.ToInt32("0444", 8)), "/etc/app", readOnly: true)),
        ["volume-secret"] = Minimal.WithContainer("main", c => c.AddVolumeMount(
            Volume.FromSecret("creds", Secret).AddItem("token", "token", mode: 256).Optional(), "/var/run/creds", readOnly: true, subPath: "token")),
        ["volume-empty-dir"] = Minimal.WithContainer("main", c => c.AddVolumeMount(Volume.EmptyDir("scratch"), "/scratch")),
        ["volume-in-memory"] = Minimal.WithContainer("main", c => c.AddVolumeMount(Volume.InMemory("tmp", Quantity.Mebibytes(64)), "/tmp")),
        ["volume-pvc"] = Minimal.WithContainer("main", c => c.AddVolumeMount(Volume.FromPersistentVolumeClaim("data", "data-claim", readOnly: true), "/data")),
        ["volume-projected"] = Minimal.WithContainer("main", c => c.AddVolumeMount(
            Volume.Projected(
                "bundle",
                VolumeProjection.FromConfigMap(Config).AddItem("app.yaml", "config/app.yaml"),
                VolumeProjection.FromSecret(Secret),
                VolumeProjection.ServiceAccountToken("token", audience: "vault", expiration: TimeSpan.FromHours(1))).WithDefaultMode(288),
            "/bundle")),
        ["volume-declared-without-mount"] = Minimal.AddVolume(Volume.EmptyDir("spare")),
        ["service-account"] = Minimal.WithServiceAccount("runner").WithAutomountServiceAccountToken(false),
        ["node-selector"] = Minimal.WithNodeSelector("kubernetes.io/arch", "arm64"),
        ["tolerations"] = Minimal
            .AddToleration(Toleration.Equal("dedicated", "batch", TaintEffect.NoSchedule))
            .AddToleration(Toleration.Exists("node.kubernetes.io/unreachable", TaintEffect.NoExecute).For(TimeSpan.FromMinutes(5)))
            .AddToleration(Toleration.Everything),
        ["node-affinity"] = Minimal.WithNodeAffinity(NodeAffinity.Empty
            .AddRequiredTerm(NodeRequirement.In("kubernetes.io/arch", "amd64", "arm64"), NodeRequirement.DoesNotExist("spot"))
            .AddRequiredTerm(NodeRequirement.Exists("batch-node"))
            .AddPreferredTerm(20, NodeRequirement.GreaterThan("cpu-generation", 3), NodeRequirement.NotIn("zone", "z1"))
            .AddPreferredTerm(10, NodeRequirement.LessThan("load", 5))),
        ["priority-class"] = Minimal.WithPriorityClass("batch-low"),
        ["image-pull-secrets"] = Minimal.AddImagePullSecret(SecretRef.Named("registry-a")).AddImagePullSecret(SecretRef.Named("registry-b")),
        ["image-pull-policy"] = Minimal.WithContainer("main", c => c.WithImagePullPolicy(ImagePullPolicy.IfNotPresent)),
        ["image-digest"] = Minimal.WithContainer("main", c => c.WithImage(c.Image.WithDigest("sha256:" + new string('a', 64)))),
        ["pod-security-context"] = Minimal.WithPodSecurityContext(PodSecurityContext.Hardened with
        {
            RunAsUser = 10001, RunAsGroup = 10001, FsGroup = 2000, SupplementalGroups = [3000],
        }),
        ["container-security-context"] = Minimal.WithContainer("main", c => c.WithSecurityContext(new ContainerSecurityContext
        {
            RunAsUser = 1000, AddCapabilities = ["NET_BIND_SERVICE"], DropCapabilities = ["ALL"], Privileged = false,
            SeccompProfile = SeccompProfile.Localhost("profiles/audit.json"),
        })),
        ["container-hardened"] = Minimal.WithContainer("main", c => c.WithHardenedSecurity()),
        ["hardened-security"] = Minimal.WithHardenedSecurity().AddInitContainer("init", "busybox:1.36", c => c.WithSecurityContext(ContainerSecurityContext.Hardened with { RunAsUser = 1 })),
        ["env-downward-api"] = Minimal.WithContainer("main", c => c
            .WithEnv("POD_NAME", PodField.Name)
            .WithEnv("POD_NAMESPACE", PodField.Namespace)
            .WithEnv("NODE", PodField.NodeName)
            .WithEnv("TEAM", PodField.Label("team"))),
        ["env-resource-field-ref"] = Minimal.WithContainer("main", c => c
            .WithLimits(cpu: Quantity.Cpu(1), memory: Quantity.Mebibytes(512))
            .WithEnv("CPU_LIMIT", ContainerResourceField.CpuLimit.InUnitsOf(Quantity.MilliCpu(1)))
            .WithEnv("MEMORY_LIMIT_MI", ContainerResourceField.MemoryLimit.OfContainer("main").InUnitsOf(Quantity.Mebibytes(1)))),
        ["env-from"] = Minimal.WithContainer("main", c => c.AddEnvFrom(Config, prefix: "APP_").AddEnvFrom(Secret, optional: true)),
        ["ports"] = Minimal.WithContainer("main", c => c.AddPort(9090, "metrics").AddPort(5353, "dns", PortProtocol.UDP)),
        ["termination-grace-period"] = Minimal.WithTerminationGracePeriod(TimeSpan.FromSeconds(90)),
        ["working-dir-command-args"] = Minimal.WithContainer("main", c => c.WithWorkingDir("/work").WithCommand("/bin/tool").WithArgs("--once").AddArgs("--verbose")),
        ["customize"] = Minimal.Customize(j => j.Spec.Template.Spec.HostNetwork = true),
        ["container-customize"] = Minimal.WithContainer("main", c => c.Customize(m => m.Stdin = true)),
        ["cronjob-minimal"] = Minimal.ToCronJob("*/15 * * * *"),
        ["cronjob-descriptor"] = Minimal.ToCronJob(CronSchedule.Parse("@hourly")),
        ["cronjob-time-zone"] = Minimal.ToCronJob(CronSchedule.Daily(new TimeOnly(3, 0))).WithTimeZone("Europe/Berlin"),
        ["cronjob-concurrency-policy"] = Minimal.ToCronJob(CronSchedule.Weekly(DayOfWeek.Sunday, new TimeOnly(4, 30))).WithConcurrencyPolicy(ConcurrencyPolicy.Replace),
        ["cronjob-starting-deadline"] = Minimal.ToCronJob(CronSchedule.Monthly(1, new TimeOnly(0, 5))).WithStartingDeadline(TimeSpan.FromMinutes(5)),
        ["cronjob-history-limits"] = Minimal.ToCronJob(CronSchedule.EveryMinutes(10)).WithSuccessfulJobsHistoryLimit(0).WithFailedJobsHistoryLimit(5),
        ["cronjob-suspend"] = Minimal.ToCronJob(CronSchedule.Hourly).WithSuspend(),
        ["cronjob-metadata"] = CronJob.Create("cron-field", "0 0 * * *", Minimal.WithLabel("app", "field").WithAnnotation("note", "template"))
            .InNamespace("ops").WithLabel("app", "cron").WithAnnotation("owner", "ops"),
        ["cronjob-customize"] = Minimal.ToCronJob("0 1 * * *").Customize(c => c.Spec.JobTemplate.Spec.BackoffLimit = 0),
    };
}
