using JobSharp.Cluster.Tests.Support;
using k8s.Models;

namespace JobSharp.Cluster.Tests;

/// <summary>
/// With restartPolicy OnFailure the Job controller deletes the restarting pod when the Job fails, and its logs with it.
/// The wait reads each restarted container's previous run as it happens, so a failure can still say why.
/// </summary>
public sealed class RestartedRunLogsTests
{
    private const string Ns = FakeCluster.Namespace;
    private const string GoneNote = "the pod was deleted when the Job failed; these lines were read when the container restarted";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WaitOptions Options() => new() { Timeout = TimeSpan.FromSeconds(30), ReconnectDelay = TimeSpan.FromMilliseconds(5) };

    private static V1Job Job(string name, JobRestartPolicy policy) =>
        global::JobSharp.Job.Create(name).WithRestartPolicy(policy).WithBackoffLimit(2).AddContainer("main", "busybox:1.36").ToModel();

    private static int PreviousLogReads(FakeCluster fake, string pod) =>
        fake.Server.Requests.Count(r => r.StartsWith($"GET /api/v1/namespaces/{Ns}/pods/{pod}/log?", StringComparison.Ordinal) && r.Contains("previous=true", StringComparison.Ordinal));

    [Fact]
    public async Task WaitAsync_OnFailurePodDeletedWithTheJob_LastRestartsLinesKept()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(Job("migrate", JobRestartPolicy.OnFailure), cancellationToken: Ct);
        var pod = string.Empty;
        fake.Server.Drive(Ns, "migrate", d =>
        {
            pod = d.StartPod();
            d.Log(pod, "run 1: connecting", "run 1: FATAL: relation \"users\" does not exist");
        });

        var waiting = fake.Cluster.WaitAsync("migrate", Options(), cancellationToken: Ct);
        fake.Server.Drive(Ns, "migrate", d => d.Restart(pod).Log(pod, "run 2: connecting", "run 2: FATAL: relation \"users\" does not exist"));
        await Eventually.TrueAsync(() => PreviousLogReads(fake, pod) >= 1, Ct);
        fake.Server.Drive(Ns, "migrate", d => d.CrashLoop(pod));
        await Eventually.TrueAsync(() => PreviousLogReads(fake, pod) >= 2, Ct);
        fake.Server.Drive(Ns, "migrate", d => d.FailJob("BackoffLimitExceeded", "Job has reached the specified backoff limit"));
        var outcome = await waiting;

        Assert.Equal((JobOutcomeKind.Failed, "BackoffLimitExceeded"), (outcome.Kind, outcome.Reason));
        Assert.Empty(fake.Server.PodNames(Ns));
        var excerpt = Assert.Single(outcome.FailedPodLogs);
        Assert.Equal((pod, "main", true, GoneNote), (excerpt.Pod, excerpt.Container, excerpt.Previous, excerpt.Note));
        Assert.Equal(["run 2: connecting", "run 2: FATAL: relation \"users\" does not exist"], excerpt.Lines);
    }

    [Fact]
    public async Task WaitAsync_OnFailurePodStillThere_ReadAsBeforeNotTwice()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(Job("migrate", JobRestartPolicy.OnFailure), cancellationToken: Ct);
        fake.Server.Script(Ns, "migrate", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "first run crashed").Restart(pod).Log(pod, "second run crashed").Fail(pod);
            d.FailJob("BackoffLimitExceeded", "Job has reached the specified backoff limit");
        });

        var outcome = await fake.Cluster.WaitAsync("migrate", Options(), cancellationToken: Ct);

        Assert.Equal(
            [(true, "first run crashed", null), (false, "second run crashed", null)],
            outcome.FailedPodLogs.Select(e => (e.Previous, Assert.Single(e.Lines), e.Note)).ToList());
    }

    [Fact]
    public async Task WaitAsync_NeverRestartPolicy_NoPodWatchUnlessStuckReasonsAreAskedFor()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(Job("hello", JobRestartPolicy.Never), cancellationToken: Ct);
        fake.Server.Script(Ns, "hello", d => d.Fail(d.StartPod()).FailJob("BackoffLimitExceeded", "limit"));

        await fake.Cluster.WaitAsync("hello", Options(), cancellationToken: Ct);

        Assert.DoesNotContain(fake.Server.Requests, r => r.StartsWith($"GET /api/v1/namespaces/{Ns}/pods?", StringComparison.Ordinal) && r.Contains("watch=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteLogsAsync_OnFailureJobFailedAndItsPodDeleted_SaysWhyThereAreNoLogs()
    {
        var warnings = new List<string>();
        await using var fake = await FakeCluster.StartAsync(warnings: warnings.Add);
        await fake.Cluster.ApplyAsync(Job("migrate", JobRestartPolicy.OnFailure), cancellationToken: Ct);
        fake.Server.Drive(Ns, "migrate", d =>
        {
            var pod = d.StartPod();
            d.Log(pod, "crashed").CrashLoop(pod).FailJob("BackoffLimitExceeded", "Job has reached the specified backoff limit");
        });
        var output = new StringWriter();

        await fake.Cluster.WriteLogsAsync("migrate", output, cancellationToken: Ct);

        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal(
            ["job.batch/migrate has no pods, so there are no logs to show: with restartPolicy OnFailure the Job controller deletes "
                + "the pods, and their logs, when the Job fails (apply --wait and run keep each restart's last lines; restartPolicy Never keeps failed pods)"],
            warnings);
    }

    [Fact]
    public async Task WriteLogsAsync_NoPodsYet_SaysSo()
    {
        var warnings = new List<string>();
        await using var fake = await FakeCluster.StartAsync(warnings: warnings.Add);
        await fake.Cluster.ApplyAsync(Job("later", JobRestartPolicy.Never), cancellationToken: Ct);

        await fake.Cluster.WriteLogsAsync("later", new StringWriter(), cancellationToken: Ct);

        Assert.Equal(["job.batch/later has no pods, so there are no logs to show"], warnings);
    }
}
