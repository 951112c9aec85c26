namespace JobSharp.Tests.Dsl;

public sealed class DslGuardTests
{
    private static readonly Job Base = Job.Create("guard").AddContainer("main", "busybox:1.36");

    private static Dictionary<string, Action> OutOfRangeCalls { get; } = new(StringComparer.Ordinal)
    {
        ["completions"] = () => Base.WithCompletions(-1),
        ["parallelism"] = () => Base.WithParallelism(-1),
        ["backoffLimit"] = () => Base.WithBackoffLimit(-1),
        ["indexed completions"] = () => Base.Indexed(-1),
        ["backoffLimitPerIndex"] = () => Base.Indexed(2, i => i.WithBackoffLimitPerIndex(-1)),
        ["maxFailedIndexes"] = () => Base.Indexed(2, i => i.WithBackoffLimitPerIndex(1).WithMaxFailedIndexes(-1)),
        ["activeDeadline fractional"] = () => Base.WithActiveDeadline(TimeSpan.FromSeconds(1.5)),
        ["activeDeadline negative"] = () => Base.WithActiveDeadline(TimeSpan.FromSeconds(-1)),
        ["ttl fractional"] = () => Base.WithTtlAfterFinished(TimeSpan.FromMilliseconds(10)),
        ["ttl too large"] = () => Base.WithTtlAfterFinished(TimeSpan.FromSeconds(int.MaxValue + 1L)),
        ["terminationGracePeriod"] = () => Base.WithTerminationGracePeriod(TimeSpan.FromSeconds(0.1)),
        ["startingDeadline"] = () => Base.ToCronJob("@daily").WithStartingDeadline(TimeSpan.FromSeconds(-5)),
        ["successfulJobsHistoryLimit"] = () => Base.ToCronJob("@daily").WithSuccessfulJobsHistoryLimit(-1),
        ["failedJobsHistoryLimit"] = () => Base.ToCronJob("@daily").WithFailedJobsHistoryLimit(-1),
        ["port zero"] = () => Base.WithContainer("main", c => c.AddPort(0)),
        ["port too large"] = () => Base.WithContainer("main", c => c.AddPort(65536)),
        ["cpu fraction of a millicore"] = () => Quantity.Cpu(0.0005),
        ["cpu negative"] = () => Quantity.Cpu(-1),
        ["mebibytes negative"] = () => Quantity.Mebibytes(-1),
        ["file mode"] = () => Volume.FromConfigMap("c", ConfigMapRef.Named("c")).WithDefaultMode(512),
        ["toleration seconds"] = () => Toleration.Exists("k", TaintEffect.NoExecute).For(TimeSpan.FromSeconds(-1)),
        ["affinity weight"] = () => NodeAffinity.Empty.AddPreferredTerm(0, NodeRequirement.Exists("k")),
        ["success count"] = () => SuccessRule.WhenCountSucceeds(0),
        ["every minutes"] = () => CronSchedule.EveryMinutes(60),
        ["restart policy"] = () => Base.WithRestartPolicy((JobRestartPolicy)7),
        ["probe port"] = () => Probe.TcpSocket(0),
        ["probe period"] = () => Probe.TcpSocket(80).WithPeriod(TimeSpan.Zero),
        ["probe failure threshold"] = () => Probe.Exec("true").WithFailureThreshold(0),
        ["service account token expiration"] = () => VolumeProjection.ServiceAccountToken("t", expiration: TimeSpan.FromSeconds(0.5)),
    };

    public static TheoryData<string> OutOfRange { get; } = [.. OutOfRangeCalls.Keys];

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Call_OutOfRangeArgument_ThrowsArgumentOutOfRange(string call) =>
        Assert.Throws<ArgumentOutOfRangeException>(OutOfRangeCalls[call]);

    [Fact]
    public void WithActiveDeadline_FractionalSeconds_NamesTheParameterAndTheRule()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Base.WithActiveDeadline(TimeSpan.FromMilliseconds(1500)));

        Assert.Equal("deadline", error.ParamName);
        Assert.Contains("whole seconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_Arguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Base.WithRetry((RetryPolicy)null!));
        Assert.Throws<ArgumentNullException>(() => Base.WithRetry(_ => null!));
        Assert.Throws<ArgumentNullException>(() => Base.Indexed(2, _ => null!));
        Assert.Throws<ArgumentNullException>(() => Base.AddVolume(null!));
        Assert.Throws<ArgumentNullException>(() => Base.AddSidecar("s", null!));
        Assert.Throws<ArgumentNullException>(() => Base.WithContainer("main", c => c.AddVolumeMount(null!, "/x")));
        Assert.Throws<ArgumentNullException>(() => CronJob.Create("c", "@daily", null!));
        Assert.Throws<ArgumentNullException>(() => Base.ToCronJob(null!));
    }

    [Fact]
    public void Arguments_EmptyOrMalformed_ThrowArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Base.WithServiceAccount(string.Empty));
        Assert.Throws<ArgumentException>(() => Base.WithManagedBy(string.Empty));
        Assert.Throws<ArgumentException>(() => Base.ToCronJob("@daily").WithTimeZone("Local"));
        Assert.Throws<ArgumentException>(() => Base.WithContainer("main", c => c.AddVolumeMount(Volume.EmptyDir("v"), string.Empty)));
        Assert.Throws<ArgumentException>(() => PodFailureRule.OnExitCodes(PodFailureAction.FailJob, [0]));
        Assert.Throws<ArgumentException>(() => PodFailureRule.OnExitCodes(PodFailureAction.FailJob, []));
        Assert.Throws<ArgumentException>(() => NodeRequirement.In("zone"));
        Assert.Throws<ArgumentException>(() => SuccessRule.WhenIndexesSucceed("3,1"));
        Assert.Throws<ArgumentException>(() => SuccessRule.WhenIndexesSucceed(-1));
        Assert.Throws<ArgumentException>(() => Volume.Projected("p"));
    }

    [Fact]
    public void WithContainer_UnknownName_ListsTheKnownContainers()
    {
        var job = Base.AddSidecar("proxy", "envoyproxy/envoy:v1.30.1");

        var error = Assert.Throws<ArgumentException>(() => job.WithContainer("nope", c => c));

        Assert.Contains("proxy, main", error.Message, StringComparison.Ordinal);
    }
}
