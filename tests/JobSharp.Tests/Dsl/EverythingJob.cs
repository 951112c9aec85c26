namespace JobSharp.Tests.Dsl;

/// <summary>A Job and a CronJob that set every field the DSL offers, for round-trip tests.</summary>
internal static class EverythingJob
{
    private static readonly Volume Scratch = Volume.EmptyDir("scratch", Quantity.Gibibytes(2));
    private static readonly Volume Config = Volume.FromConfigMap("config", ConfigMapRef.Named("cfg")).AddItem("a.yaml", "a.yaml", 256).WithDefaultMode(292);
    private static readonly Volume Creds = Volume.FromSecret("creds", SecretRef.Named("creds")).Optional();
    private static readonly Volume Data = Volume.FromPersistentVolumeClaim("data", "data-claim", readOnly: true);
    private static readonly Volume Bundle = Volume.Projected(
        "bundle",
        VolumeProjection.FromConfigMap(ConfigMapRef.Named("cfg")),
        VolumeProjection.FromSecret(SecretRef.Named("creds")).AddItem("k", "k"),
        VolumeProjection.ServiceAccountToken("token", "vault", TimeSpan.FromMinutes(20)));

    /// <summary>Every field; indexed with a per-index limit, success policy and pod failure rules.</summary>
    public static Job Job { get; } = Job.Create("everything")
        .InNamespace("ops")
        .WithLabel("app", "everything")
        .WithAnnotation("owner", "ops")
        .WithParallelism(3)
        .WithActiveDeadline(TimeSpan.FromHours(1))
        .WithTtlAfterFinished(TimeSpan.FromMinutes(30))
        .WithRetry(r => r.WithBackoffLimit(10).FailJobOnExitCodes("main", 42).IgnoreExitCodes(143).IgnoreDisruptions()
            .AddRule(PodFailureRule.OnExitCodesOtherThan(PodFailureAction.Count, [0, 1, 2])))
        .Indexed(completions: 6, i => i
            .WithBackoffLimitPerIndex(1)
            .WithMaxFailedIndexes(2)
            .FailIndexOnExitCodes(3)
            .SucceedWhen(SuccessRule.WhenIndexesSucceed(0, 1))
            .SucceedWhen(SuccessRule.WhenCountSucceeds(5)))
        .WithManualSelector(LabelSelector.Matching("run", "everything").AndIn("tier", "batch"))
        .WithSuspend()
        .WithPodReplacementPolicy(PodReplacementPolicy.Failed)
        .WithManagedBy("example.com/controller")
        .WithPodLabel("tier", "batch")
        .WithPodAnnotation("note", "yes")
        .WithServiceAccount("runner")
        .WithAutomountServiceAccountToken(false)
        .WithNodeSelector("kubernetes.io/os", "linux")
        .AddToleration(Toleration.Equal("dedicated", "batch", TaintEffect.NoSchedule))
        .AddToleration(Toleration.Exists("gone", TaintEffect.NoExecute).For(TimeSpan.FromSeconds(60)))
        .WithNodeAffinity(NodeAffinity.Empty.AddRequiredTerm(NodeRequirement.In("zone", "a", "b")).AddPreferredTerm(5, NodeRequirement.Exists("ssd")))
        .WithPriorityClass("batch-high")
        .AddImagePullSecret(SecretRef.Named("registry"))
        .WithPodSecurityContext(PodSecurityContext.Hardened with { RunAsUser = 1000, FsGroup = 1000, SupplementalGroups = [5] })
        .WithHardenedSecurity()
        .WithTerminationGracePeriod(TimeSpan.FromSeconds(45))
        .AddVolume(Bundle)
        .AddInitContainer("fetch", "busybox:1.36", c => c.WithShell("wget -O /scratch/in http://input\n").AddVolumeMount(Scratch, "/scratch"))
        .AddSidecar("proxy", "ghcr.io/acme/proxy:1.0@sha256:" + new string('b', 64), c => c
            .AddPort(8080, "http")
            .WithStartupProbe(Probe.HttpGet("/ready", 8080).WithPeriod(TimeSpan.FromSeconds(2)))
            .WithLivenessProbe(Probe.TcpSocket(8080))
            .WithReadinessProbe(Probe.Exec("/ready"))
            .WithImagePullPolicy(ImagePullPolicy.IfNotPresent))
        .AddContainer("main", "registry.example.com:5000/team/app:2.0", c => c
            .WithCommand("/app")
            .WithArgs("--shard")
            .WithWorkingDir("/work")
            .AddPort(9090, "metrics", PortProtocol.TCP)
            .AddEnvFrom(ConfigMapRef.Named("cfg"), "CFG_")
            .WithEnv("MODE", "full")
            .WithEnv("PASSWORD", SecretRef.Named("creds").Key("password"))
            .WithEnv("HOST", ConfigMapRef.Named("cfg").Key("host").Optional())
            .WithEnv("POD", PodField.Name)
            .WithEnv("IP", PodField.PodIP)
            .WithEnv("MEM", ContainerResourceField.MemoryLimit.InUnitsOf(Quantity.Mebibytes(1)))
            .WithCompletionIndexEnv("SHARD")
            .WithRequests(Quantity.Cpu(0.5), Quantity.Mebibytes(256), Quantity.Gibibytes(1))
            .WithLimits(Quantity.Cpu(2), Quantity.Parse("1.5Gi"), Quantity.Gibibytes(2))
            .WithExtendedResource("nvidia.com/gpu", 1)
            .AddVolumeMount(Scratch, "/scratch")
            .AddVolumeMount(Config, "/etc/app", readOnly: true)
            .AddVolumeMount(Creds, "/creds", readOnly: true, subPath: "password")
            .AddVolumeMount(Data, "/data")
            .AddVolumeMount(Bundle, "/bundle")
            .WithImagePullPolicy(ImagePullPolicy.Always)
            .WithSecurityContext(ContainerSecurityContext.Hardened with { RunAsUser = 2000, AddCapabilities = ["NET_RAW"] }))
        .Customize(j => j.Spec.Template.Spec.DnsPolicy = "ClusterFirst");

    /// <summary>Every CronJob field, with a template that is not Indexed and has no manual selector.</summary>
    public static CronJob CronJob { get; } = CronJob.Create(
            "everything-nightly",
            CronSchedule.Parse("15 3 * * mon-fri"),
            Job.NonIndexed().WithCompletions(2).WithRetry(r => r.WithoutRules().IgnoreDisruptions()).Customize(j => j.Spec.Selector = null).Customize(j => j.Spec.ManualSelector = null))
        .WithLabel("schedule", "nightly")
        .WithAnnotation("owner", "ops")
        .WithTimeZone("Europe/Berlin")
        .WithConcurrencyPolicy(ConcurrencyPolicy.Forbid)
        .WithStartingDeadline(TimeSpan.FromMinutes(10))
        .WithSuccessfulJobsHistoryLimit(5)
        .WithFailedJobsHistoryLimit(2)
        .WithSuspend(false)
        .Customize(c => c.Metadata.Annotations["customized"] = "true");
}
