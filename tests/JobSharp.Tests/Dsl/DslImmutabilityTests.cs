namespace JobSharp.Tests.Dsl;

public sealed class DslImmutabilityTests
{
    private static readonly Job Base = Job.Create("base")
        .WithRetry(r => r.WithBackoffLimit(2).IgnoreDisruptions())
        .AddContainer("main", "busybox:1.36", c => c.WithRequests(cpu: Quantity.MilliCpu(100)));

    private static Dictionary<string, Func<Job, Job>> Changes { get; } = new(StringComparer.Ordinal)
    {
        ["retry"] = j => j.WithRetry(r => r.FailJobOnExitCodes(42).WithBackoffLimit(9)),
        ["indexed"] = j => j.Indexed(4, i => i.WithBackoffLimitPerIndex(1).SucceedWhen(SuccessRule.WhenCountSucceeds(2))),
        ["sidecar"] = j => j.AddSidecar("proxy", "envoyproxy/envoy:v1.30.1"),
        ["init"] = j => j.AddInitContainer("init", "busybox:1.36"),
        ["container"] = j => j.WithContainer("main", c => c.WithLimits(memory: Quantity.Gibibytes(1)).AddVolumeMount(Volume.EmptyDir("tmp"), "/tmp")),
        ["pod"] = j => j.WithPodLabel("a", "b").WithNodeSelector("k", "v").AddToleration(Toleration.Everything).WithHardenedSecurity(),
        ["spec"] = j => j.WithSuspend().WithManagedBy("example.com/x").WithPodReplacementPolicy(PodReplacementPolicy.Failed),
        ["customize"] = j => j.Customize(m => m.Spec.Parallelism = 7),
    };

    public static TheoryData<string> Specialisations { get; } = [.. Changes.Keys];

    [Theory]
    [MemberData(nameof(Specialisations))]
    public void Specialising_AnyChange_LeavesTheBaseUnchanged(string change)
    {
        var before = CanonicalJson.Of(Base.ToModel());

        var specialised = Changes[change](Base);

        Assert.Equal(before, CanonicalJson.Of(Base.ToModel()));
        Assert.NotEqual(before, CanonicalJson.Of(specialised.ToModel()));
    }

    [Fact]
    public void Build_ModelChangedAfterwards_DoesNotChangeTheJob()
    {
        var first = Base.Build();
        first.Spec.Template.Spec.Containers[0].Resources.Requests.Clear();
        first.Spec.PodFailurePolicy.Rules.Clear();

        var second = Base.Build();

        Assert.NotEmpty(second.Spec.Template.Spec.Containers[0].Resources.Requests);
        Assert.NotEmpty(second.Spec.PodFailurePolicy.Rules);
    }

    [Fact]
    public void ToCronJob_ThenChangingTheJob_LeavesTheCronJobUnchanged()
    {
        var cronJob = Base.ToCronJob(CronSchedule.Hourly);
        var before = CanonicalJson.Of(cronJob.ToModel());

        _ = Base.WithBackoffLimit(0);

        Assert.Equal(before, CanonicalJson.Of(cronJob.ToModel()));
    }

    [Fact]
    public void CronJob_Specialising_LeavesTheBaseUnchanged()
    {
        var cronJob = Base.ToCronJob("0 3 * * *");
        var before = CanonicalJson.Of(cronJob.ToModel());

        var changed = cronJob.WithTimeZone("UTC").WithJob(j => j.WithBackoffLimit(0)).WithSuspend().Customize(c => c.Spec.Schedule = "@daily");

        Assert.Equal(before, CanonicalJson.Of(cronJob.ToModel()));
        Assert.NotEqual(before, CanonicalJson.Of(changed.ToModel()));
    }

    [Fact]
    public void CronJob_BuiltModelChanged_DoesNotChangeTheCronJob()
    {
        var cronJob = Base.ToCronJob("0 3 * * *");
        cronJob.Build().Spec.JobTemplate.Spec.Template.Spec.Containers.Clear();

        Assert.Single(cronJob.Build().Spec.JobTemplate.Spec.Template.Spec.Containers);
    }
}
