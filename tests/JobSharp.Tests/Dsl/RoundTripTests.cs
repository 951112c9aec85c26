using k8s;
using k8s.Models;

namespace JobSharp.Tests.Dsl;

public sealed class RoundTripTests
{
    [Fact]
    public void ToYaml_JobWithEveryField_DeserializesToTheBuiltModel()
    {
        var built = EverythingJob.Job.Build();

        var loaded = KubernetesYaml.Deserialize<V1Job>(EverythingJob.Job.ToYaml());

        Assert.Equal(CanonicalJson.Of(built), CanonicalJson.Of(loaded));
    }

    [Fact]
    public void ToYaml_CronJobWithEveryField_DeserializesToTheBuiltModel()
    {
        var built = EverythingJob.CronJob.Build();

        var loaded = KubernetesYaml.Deserialize<V1CronJob>(EverythingJob.CronJob.ToYaml());

        Assert.Equal(CanonicalJson.Of(built), CanonicalJson.Of(loaded));
    }

    [Fact]
    public void ToJson_JobWithEveryField_DeserializesToTheBuiltModel()
    {
        var built = EverythingJob.Job.Build();

        var loaded = KubernetesJson.Deserialize<V1Job>(EverythingJob.Job.ToJson());

        Assert.Equal(CanonicalJson.Of(built), CanonicalJson.Of(loaded));
    }

    [Fact]
    public void ToYaml_JobWithEveryField_MatchesSnapshot() =>
        Snapshot.Match(RepoPaths.DslSnapshot("everything-job"), EverythingJob.Job.ToYaml());

    [Fact]
    public void ToYaml_CronJobWithEveryField_MatchesSnapshot() =>
        Snapshot.Match(RepoPaths.DslSnapshot("everything-cronjob"), EverythingJob.CronJob.ToYaml());

    [Fact]
    public void Build_JobWithEveryField_SetsEveryJobSpecField()
    {
        var spec = EverythingJob.Job.Build().Spec;

        Assert.All(
            // scheduling is an alpha field newer than Kubernetes 1.35 (WorkloadWithJob); only Customize reaches it.
            typeof(V1JobSpec).GetProperties().Where(p => p.Name is not ("Template" or "Scheduling")),
            p => Assert.True(p.GetValue(spec) is not null, $"spec.{p.Name} is not set"));
    }

    [Fact]
    public void Build_CronJobWithEveryField_SetsEveryCronJobSpecField()
    {
        var spec = EverythingJob.CronJob.Build().Spec;

        Assert.All(typeof(V1CronJobSpec).GetProperties(), p => Assert.True(p.GetValue(spec) is not null, $"spec.{p.Name} is not set"));
    }
}
