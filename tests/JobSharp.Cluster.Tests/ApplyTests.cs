using JobSharp.Cluster.Tests.Support;

namespace JobSharp.Cluster.Tests;

public sealed class ApplyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApplyAsync_NewJob_Created()
    {
        await using var fake = await FakeCluster.StartAsync();

        var result = await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal("job.batch/hello created", result.ToString());
        Assert.NotNull(fake.Server.Get("jobs", FakeCluster.Namespace, "hello"));
        Assert.Contains(fake.Server.Requests, r => r.StartsWith("PATCH /apis/batch/v1/namespaces/batch-test/jobs/hello?", StringComparison.Ordinal)
            && r.Contains("fieldManager=jobsharp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_SameJobTwice_Unchanged()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        var version = fake.Server.Get("jobs", FakeCluster.Namespace, "hello")!["metadata"]!["resourceVersion"]!.GetValue<string>();

        var result = await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        Assert.Equal(ApplyAction.Unchanged, result.Action);
        Assert.Equal(version, fake.Server.Get("jobs", FakeCluster.Namespace, "hello")!["metadata"]!["resourceVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task ApplyAsync_ChangedMutableField_Configured()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        var changed = FakeCluster.Job("hello");
        changed.Metadata.Labels = new Dictionary<string, string> { ["team"] = "data" };
        changed.Spec.BackoffLimit = 2;

        var result = await fake.Cluster.ApplyAsync(changed, cancellationToken: Ct);

        Assert.Equal(ApplyAction.Configured, result.Action);
        Assert.Equal(2, fake.Server.Get("jobs", FakeCluster.Namespace, "hello")!["spec"]!["backoffLimit"]!.GetValue<int>());
    }

    [Fact]
    public async Task ApplyAsync_ChangedImmutableField_NamesFieldsAndWaysOut()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<ClusterException>(() =>
            fake.Cluster.ApplyAsync(FakeCluster.Job("hello", "busybox:1.37"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.ImmutableField, error.Code);
        Assert.Contains("spec.template", error.Message, StringComparison.Ordinal);
        Assert.Contains("spec.template.spec.containers[0].image", error.Message, StringComparison.Ordinal);
        Assert.Contains("--recreate", error.Message, StringComparison.Ordinal);
        Assert.Contains("new name", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal("busybox:1.36", fake.Server.Get("jobs", FakeCluster.Namespace, "hello")!["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]!.GetValue<string>());
    }

    [Fact]
    public async Task ApplyAsync_ChangedImmutableFieldWithRecreate_DeletesWaitsAndCreates()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        fake.Server.Drive(FakeCluster.Namespace, "hello", d => d.StartPod());
        var oldUid = fake.Server.Get("jobs", FakeCluster.Namespace, "hello")!["metadata"]!["uid"]!.GetValue<string>();

        var result = await fake.Cluster.ApplyAsync(
            FakeCluster.Job("hello", "busybox:1.37"),
            new ApplyOptions { Recreate = true },
            Ct);

        Assert.Equal(ApplyAction.Recreated, result.Action);
        var live = fake.Server.Get("jobs", FakeCluster.Namespace, "hello")!;
        Assert.NotEqual(oldUid, live["metadata"]!["uid"]!.GetValue<string>());
        Assert.Equal("busybox:1.37", live["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]!.GetValue<string>());
        Assert.Equal(("jobs", "hello", "Foreground"), Assert.Single(fake.Server.Deletes));
        Assert.Empty(fake.Server.PodNames(FakeCluster.Namespace));
        Assert.True(fake.Server.Requests.Count(r => r.StartsWith("GET /apis/batch/v1/namespaces/batch-test/jobs/hello", StringComparison.Ordinal)) >= 3);
    }

    [Fact]
    public async Task ApplyAsync_DryRun_ReportsWithoutChanging()
    {
        await using var fake = await FakeCluster.StartAsync();
        await fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct);
        var changed = FakeCluster.Job("hello");
        changed.Spec.BackoffLimit = 1;

        var result = await fake.Cluster.ApplyAsync(changed, new ApplyOptions { DryRun = true }, Ct);
        var created = await fake.Cluster.ApplyAsync(FakeCluster.Job("other"), new ApplyOptions { DryRun = true }, Ct);

        Assert.Equal("job.batch/hello configured (server dry run)", result.ToString());
        Assert.Equal(ApplyAction.Created, created.Action);
        Assert.Null(fake.Server.Get("jobs", FakeCluster.Namespace, "other"));
        Assert.Equal(6, fake.Server.Get("jobs", FakeCluster.Namespace, "hello")!["spec"]!["backoffLimit"]!.GetValue<int>());
        Assert.Contains(fake.Server.Requests, r => r.Contains("dryRun=All", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_FieldsOwnedByAnotherManager_ConflictUnlessForced()
    {
        await using var fake = await FakeCluster.StartAsync();
        // kubectl applied parallelism 2, so it owns .spec.parallelism (a field nobody applied would be no conflict).
        var byKubectl = FakeCluster.Job("hello");
        byKubectl.Spec.Parallelism = 2;
        await fake.Cluster.ApplyAsync(byKubectl, new ApplyOptions { FieldManager = "kubectl" }, Ct);
        var changed = FakeCluster.Job("hello");
        changed.Spec.Parallelism = 3;

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.ApplyAsync(changed, cancellationToken: Ct));
        var forced = await fake.Cluster.ApplyAsync(changed, new ApplyOptions { ForceConflicts = true }, Ct);

        Assert.Equal(ClusterErrorCodes.ApplyConflict, error.Code);
        Assert.Contains(".spec.parallelism", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force-conflicts", error.Message, StringComparison.Ordinal);
        Assert.Equal(ApplyAction.Configured, forced.Action);
        Assert.Contains(fake.Server.Requests, r => r.Contains("force=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_InvalidJob_NeverReachesServer()
    {
        await using var fake = await FakeCluster.StartAsync();
        var invalid = global::JobSharp.Job.Create("no-containers");

        await Assert.ThrowsAsync<Validation.ManifestValidationException>(() => fake.Cluster.ApplyAsync(invalid, cancellationToken: Ct));

        Assert.Empty(fake.Server.Requests);
    }

    [Fact]
    public async Task ApplyAsync_Definition_BuiltOnceAndTheValidatedModelApplied()
    {
        await using var fake = await FakeCluster.StartAsync();
        var builds = 0;
        var job = global::JobSharp.Job.Create("hello").AddContainer("main", "busybox:1.36")
            .Customize(j => j.Metadata.Labels = new Dictionary<string, string> { ["build"] = (++builds).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var result = await fake.Cluster.ApplyAsync(job, cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Equal(1, builds);
        Assert.Equal("1", fake.Server.Get("jobs", FakeCluster.Namespace, "hello")!["metadata"]!["labels"]!["build"]!.GetValue<string>());
    }

    [Fact]
    public async Task ApplyAsync_Forbidden_OneClearLine()
    {
        await using var fake = await FakeCluster.StartAsync();
        fake.Server.Forbid(FakeCluster.Namespace);

        var error = await Assert.ThrowsAsync<ClusterException>(() => fake.Cluster.ApplyAsync(FakeCluster.Job("hello"), cancellationToken: Ct));

        Assert.Equal(ClusterErrorCodes.Forbidden, error.Code);
        Assert.Equal(403, error.StatusCode);
        Assert.Contains("cannot patch resource \"jobs\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyAsync_ModelWithoutApiVersionAndKind_SentWithThem()
    {
        await using var fake = await FakeCluster.StartAsync();
        var bare = FakeCluster.Job("bare");
        bare.ApiVersion = null;
        bare.Kind = null;

        var result = await fake.Cluster.ApplyAsync(bare, cancellationToken: Ct);

        Assert.Equal(ApplyAction.Created, result.Action);
        Assert.Null(bare.Kind);
        Assert.Equal("Job", fake.Server.Get("jobs", FakeCluster.Namespace, "bare")!["kind"]!.GetValue<string>());
    }
}
