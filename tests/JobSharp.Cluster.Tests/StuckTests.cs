using JobSharp.Cluster.Tests.Support;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cluster.Tests;

/// <summary>While a Job is followed, why it does not progress is said as soon as it is known, in the cluster's own words.</summary>
public sealed class StuckTests
{
    private const string Ns = FakeCluster.Namespace;
    private const string PullBackOff = "Back-off pulling image \"busybox:nope\"";
    private const string Quota =
        "Error creating: pods \"work-x2v9q\" is forbidden: exceeded quota: compute, requested: limits.memory=2Gi, used: limits.memory=7Gi, limited: limits.memory=8Gi";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, Func<FakeJobDriver, string>, string> Cases => new()
    {
        {
            "ImagePullBackOff", d => d.StartWaitingPod("ImagePullBackOff", PullBackOff),
            "ImagePullBackOff: image \"busybox:nope\" of container main: Back-off pulling image \"busybox:nope\""
        },
        {
            "InvalidImageName", d => d.StartWaitingPod("InvalidImageName", "Failed to apply default image tag \"Busybox\": couldn't parse image name \"Busybox\": invalid reference format: repository name must be lowercase"),
            "InvalidImageName: image \"busybox:nope\" of container main: Failed to apply default image tag \"Busybox\": couldn't parse image name \"Busybox\": invalid reference format: repository name must be lowercase"
        },
        {
            "Unschedulable", d => d.StartUnschedulablePod("0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."),
            "Unschedulable: 0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."
        },
        {
            "unbound claim", d => d.StartUnschedulablePod("0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."),
            "Unschedulable: 0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        },
        {
            "missing ConfigMap", d => d.StartWaitingPod("CreateContainerConfigError", "configmap \"app-config\" not found"),
            "CreateContainerConfigError: container main: configmap \"app-config\" not found"
        },
        {
            "missing Secret key", d => d.StartWaitingPod("CreateContainerConfigError", "couldn't find key DB_URL in Secret batch-test/db-credentials"),
            "CreateContainerConfigError: container main: couldn't find key DB_URL in Secret batch-test/db-credentials"
        },
        {
            "CreateContainerError", d => d.StartWaitingPod("CreateContainerError", "failed to generate container \"main\" spec: failed to generate spec: path \"/data\" is mounted on \"/\" but it is not a shared mount"),
            "CreateContainerError: container main: failed to generate container \"main\" spec: failed to generate spec: path \"/data\" is mounted on \"/\" but it is not a shared mount"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Wait_StuckPod_ReasonSaidOnceThenFailAfterStuck(string name, Func<FakeJobDriver, string> stick, string expected)
    {
        _ = name;
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work", "busybox:nope"), cancellationToken: Ct);
        var pod = string.Empty;
        fake.Server.Script(Ns, "work", d => pod = stick(d));
        var said = new List<StuckReason>();

        var outcome = await fake.Cluster.WaitAsync("work", Options(said), cancellationToken: Ct);

        Assert.Equal($"job/work: pod/{pod}: {expected}", Assert.Single(said).ToString());
        Assert.Equal(JobOutcomeKind.Stuck, outcome.Kind);
        Assert.Equal($"job/work is stuck: {said[0].Reason}: for 0.5 s, pod/{pod}: {said[0].Message}", outcome.Summary());
    }

    [Fact]
    public async Task Wait_ReasonChanges_SaidAgainOnlyThen()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work", "busybox:nope"), cancellationToken: Ct);
        var said = new List<StuckReason>();
        var pod = string.Empty;
        fake.Server.Script(Ns, "work", d => pod = d.StartWaitingPod("ErrImagePull", "Failed to pull image \"busybox:nope\": not found"));
        var options = Options(said) with { FailAfterStuck = TimeSpan.FromSeconds(2) };

        var wait = fake.Cluster.WaitAsync("work", options, cancellationToken: Ct);
        await Eventually.TrueAsync(() => Count(said) == 1, Ct);
        fake.Server.Drive(Ns, "work", d => d.Waiting(pod, "ErrImagePull", "Failed to pull image \"busybox:nope\": not found"));
        fake.Server.Drive(Ns, "work", d => d.Waiting(pod, "ImagePullBackOff", PullBackOff));
        var outcome = await wait;

        Assert.Equal(["ErrImagePull", "ImagePullBackOff"], said.Select(s => s.Reason));
        Assert.Equal(JobOutcomeKind.Stuck, outcome.Kind);
        Assert.Equal("ImagePullBackOff", outcome.Reason);
    }

    private static int Count(List<StuckReason> said)
    {
        lock (said)
        {
            return said.Count;
        }
    }

    [Fact]
    public async Task Wait_CrashLoop_ExitCodeAndTheLastLines()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        var pod = string.Empty;
        fake.Server.Script(Ns, "work", d =>
        {
            pod = d.StartPod();
            d.Log(pod, "connecting to db", "FATAL: password authentication failed").CrashLoop(pod, exitCode: 2);
        });
        var said = new List<StuckReason>();

        await fake.Cluster.WaitAsync("work", Options(said), cancellationToken: Ct);

        var reason = Assert.Single(said);
        Assert.Equal($"job/work: pod/{pod}: CrashLoopBackOff: container main keeps crashing, 1 restarts; last exit code 2 (Error)", reason.ToString());
        Assert.Equal(["connecting to db", "FATAL: password authentication failed"], reason.LastLines);
    }

    [Fact]
    public async Task Wait_OomKilled_Said()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.Script(Ns, "work", d => d.CrashLoop(d.StartPod(), exitCode: 137, reason: "OOMKilled"));
        var said = new List<StuckReason>();

        await fake.Cluster.WaitAsync("work", Options(said), cancellationToken: Ct);

        Assert.EndsWith("CrashLoopBackOff: container main keeps crashing, 1 restarts; last exit code 137 (OOMKilled)", Assert.Single(said).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Quota)]
    [InlineData("Error creating: pods \"work-x2v9q\" is forbidden: violates PodSecurity \"restricted:latest\": allowPrivilegeEscalation != false (container \"main\" must set securityContext.allowPrivilegeEscalation=false)")]
    public async Task Wait_PodsCannotBeCreated_FailedCreateOfTheJob(string message)
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.Script(Ns, "work", d => d.Event("FailedCreate", message));
        var said = new List<StuckReason>();

        var outcome = await fake.Cluster.WaitAsync("work", Options(said), cancellationToken: Ct);

        Assert.Equal($"job/work: FailedCreate: {message}", Assert.Single(said).ToString());
        Assert.Null(said[0].Pod);
        Assert.Equal(JobOutcomeKind.Stuck, outcome.Kind);
    }

    [Fact]
    public async Task Wait_PodCreatedAfterAFailedCreate_NoLongerStuck()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.Script(Ns, "work", d =>
        {
            d.Event("FailedCreate", Quota);
            d.Event("SuccessfulCreate", "Created pod: work-abcde", type: "Normal");
            d.StartPod();
        });
        var said = new List<StuckReason>();

        var outcome = await fake.Cluster.WaitAsync("work", Options(said, TimeSpan.FromSeconds(3)), cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.TimedOut, outcome.Kind);
    }

    [Fact]
    public async Task Status_StuckPodAndJob_ReasonPerPod()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work", "busybox:nope"), cancellationToken: Ct);
        var pod = string.Empty;
        fake.Server.Drive(Ns, "work", d =>
        {
            pod = d.StartWaitingPod("ImagePullBackOff", PullBackOff);
            d.Event("FailedCreate", Quota);
        });

        var row = Assert.Single(await fake.Cluster.GetStatusAsync(["work"], cancellationToken: Ct));

        Assert.Equal("ImagePullBackOff", Assert.Single(row.Pods).Stuck!.Reason);
        Assert.Equal($"job/work: FailedCreate: {Quota}", row.Stuck!.ToString());
    }

    private static WaitOptions Options(List<StuckReason> said, TimeSpan? timeout = null) => new()
    {
        Timeout = timeout ?? TimeSpan.FromSeconds(20),
        Stuck = r =>
        {
            lock (said)
            {
                said.Add(r);
            }
        },
        FailAfterStuck = timeout is null ? TimeSpan.FromMilliseconds(500) : null,
    };
}
