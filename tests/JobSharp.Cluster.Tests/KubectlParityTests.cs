using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests;

/// <summary>Apply, delete, watches, log follows and diff behave as kubectl's do against a real API server.</summary>
public sealed class KubectlParityTests
{
    private const string Ns = FakeCluster.Namespace;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Apply_PatchRightsWithoutGet_CreatesConfiguresAndTellsUnchanged()
    {
        await using var fake = await FakeCluster.StartAsync();
        fake.Server.Forbid(Ns, "jobs", "get", "list", "watch");
        var job = FakeCluster.Job("deploy");

        var created = await fake.Cluster.ApplyAsync(job, cancellationToken: Ct);
        job.Metadata.Labels = new Dictionary<string, string> { ["team"] = "data" };
        var configured = await fake.Cluster.ApplyAsync(job, cancellationToken: Ct);
        // The entry's time has whole seconds: two seconds on, an apply that changes nothing is told from one that does.
        await Task.Delay(TimeSpan.FromSeconds(2.2), Ct);
        var unchanged = await fake.Cluster.ApplyAsync(job, cancellationToken: Ct);

        Assert.Equal([ApplyAction.Created, ApplyAction.Configured, ApplyAction.Unchanged], [created.Action, configured.Action, unchanged.Action]);
        Assert.Equal("data", fake.Server.Get("jobs", Ns, "deploy")!["metadata"]!["labels"]!["team"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apply_SendsStrictFieldValidationAsKubectlDoes()
    {
        await using var fake = await FakeCluster.StartAsync();

        await fake.Cluster.ApplyAsync(FakeCluster.Job("strict"), cancellationToken: Ct);

        Assert.Contains(fake.Server.Requests, r => r.StartsWith("PATCH ", StringComparison.Ordinal) && r.Contains("fieldValidation=Strict", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_ServerWarnings_PassedOnOnceEach()
    {
        await using var server = await Testing.Fakes.FakeApiServer.StartAsync(new Testing.Fakes.FakeApiServerOptions { Namespaces = [Ns] });
        var folder = Directory.CreateTempSubdirectory("jobsharp-warn-").FullName;
        try
        {
            server.Warn("batch/v1 field spec.foo is deprecated", r => r.Method == "PATCH");
            var seen = new List<string>();
            using var connection = ClusterConnection.Open(new ClusterConnectionOptions
            {
                Kubeconfig = server.WriteKubeconfig(folder, "fake", Ns),
                EnvironmentVariables = _ => null,
                Warnings = seen.Add,
            });
            var cluster = new JobCluster(connection);

            await cluster.ApplyAsync(FakeCluster.Job("one"), cancellationToken: Ct);
            await cluster.ApplyAsync(FakeCluster.Job("two"), cancellationToken: Ct);

            Assert.Equal(["batch/v1 field spec.foo is deprecated"], seen);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Delete_Foreground_ReturnsOnlyOnceTheJobIsGone()
    {
        await using var fake = await FakeCluster.StartAsync();
        fake.Server.GarbageCollectionDelay = TimeSpan.FromMilliseconds(300);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.Drive(Ns, "work", d => d.StartPod());

        Assert.True(await fake.Cluster.DeleteAsync("Job", "work", new DeleteOptions { Propagation = DeletePropagation.Foreground }, cancellationToken: Ct));

        Assert.Null(fake.Server.Get("jobs", Ns, "work"));
        Assert.Empty(fake.Server.PodNames(Ns));
        Assert.Contains(fake.Server.Requests, r => r.Contains("watch=true", StringComparison.Ordinal) && r.Contains("metadata.name%3Dwork", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_WaitFalse_ReturnsWhileTheJobTerminates()
    {
        await using var fake = await FakeCluster.StartAsync();
        fake.Server.GarbageCollectionDelay = TimeSpan.FromHours(1);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);

        await fake.Cluster.DeleteAsync("Job", "work", new DeleteOptions { Propagation = DeletePropagation.Foreground, Wait = false }, cancellationToken: Ct);

        Assert.NotNull(fake.Server.Get("jobs", Ns, "work")!["metadata"]!["deletionTimestamp"]);
    }

    [Fact]
    public async Task Delete_StillThereAfterTheTimeout_DeletionTimedOut()
    {
        await using var fake = await FakeCluster.StartAsync();
        fake.Server.GarbageCollectionDelay = TimeSpan.FromHours(1);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        var options = new DeleteOptions { Propagation = DeletePropagation.Foreground, Timeout = TimeSpan.FromMilliseconds(300) };

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.DeleteAsync("Job", "work", options, cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.DeletionTimedOut, error.Code);
        Assert.Equal("job.batch/work was still there 0.3 s after the delete (a foreground delete waits for its pods; finalizers can hold it)", error.Message);
    }

    [Fact]
    public async Task Delete_WatchAnswered410_ReadsAgainAndStillWaits()
    {
        await using var fake = await FakeCluster.StartAsync();
        fake.Server.GarbageCollectionDelay = TimeSpan.FromMilliseconds(400);
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        fake.Server.FailNext(410, when: r => r.Query["watch"] == "true");

        await fake.Cluster.DeleteAsync("Job", "work", new DeleteOptions { Propagation = DeletePropagation.Foreground }, cancellationToken: Ct);

        Assert.Null(fake.Server.Get("jobs", Ns, "work"));
    }

    [Fact]
    public async Task Wait_WatchAnswered410_RelistsAndFollowsToTheOutcome()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.FailNext(410, when: r => r.Query["watch"] == "true");
        fake.Server.Script(Ns, "hello", d => d.Succeed(d.StartPod()).Complete());
        int Reads() => fake.Server.Requests.Count(r => r.StartsWith($"GET /apis/batch/v1/namespaces/{Ns}/jobs/hello", StringComparison.Ordinal));
        var before = Reads();

        var outcome = await fake.Cluster.WaitAsync("hello", new WaitOptions { Timeout = TimeSpan.FromSeconds(20) }, cancellationToken: Ct);

        Assert.Equal(JobOutcomeKind.Succeeded, outcome.Kind);
        Assert.Equal(before + 2, Reads());
    }

    [Fact]
    public async Task LogsFollow_WatchesPodsInsteadOfListingThemOverAndOver()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("work"), cancellationToken: Ct);
        var output = new SynchronizedWriter();

        var follow = fake.Cluster.WriteLogsAsync("work", output, new LogOptions { Follow = true }, cancellationToken: Ct);
        await Task.Delay(TimeSpan.FromSeconds(4), Ct);
        var pod = string.Empty;
        fake.Server.Drive(Ns, "work", d =>
        {
            pod = d.StartPod();
            d.Log(pod, "late start").Succeed(pod).Complete();
        });
        await follow.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        Assert.Equal($"[{pod}] late start\n", output.Text);
        var lists = fake.Server.Requests.Count(r => r.StartsWith($"GET /api/v1/namespaces/{Ns}/pods?", StringComparison.Ordinal) && !r.Contains("watch=true", StringComparison.Ordinal));
        // One list at the start, and at most two when the Job has finished (a pod the watch has not delivered yet):
        // none while it waited 4 s for a pod, where listing once a second would have made four.
        Assert.InRange(lists, 1, 3);
        Assert.Contains(fake.Server.Requests, r => r.StartsWith($"GET /api/v1/namespaces/{Ns}/pods?", StringComparison.Ordinal) && r.Contains("watch=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_FieldOwnedByAnotherManager_ShowsTheChangeAndTheConflict()
    {
        await using var fake = await FakeCluster.StartAsync();
        var theirs = FakeCluster.Job("shared");
        theirs.Spec.Parallelism = 2;
        await fake.Cluster.ApplyAsync(theirs, new ApplyOptions { FieldManager = "kubectl" }, Ct);
        var mine = FakeCluster.Job("shared");
        mine.Spec.Parallelism = 3;

        var diff = await fake.Cluster.DiffAsync(mine, cancellationToken: Ct);
        var forced = await fake.Cluster.DiffAsync(mine, forceConflicts: true, cancellationToken: Ct);

        Assert.Contains("+  parallelism: 3", diff.Text, StringComparison.Ordinal);
        Assert.Contains(".spec.parallelism", Assert.Single(diff.Conflicts), StringComparison.Ordinal);
        Assert.Contains("kubectl", diff.Conflicts[0], StringComparison.Ordinal);
        Assert.Empty(forced.Conflicts);
        Assert.Equal(diff.Text, forced.Text);
        Assert.Equal(2, fake.Server.Get("jobs", Ns, "shared")!["spec"]!["parallelism"]!.GetValue<int>());
    }
}
