using JobSharp.Rendering;
using MoreJobs;

namespace JobSharp.Tests.Dsl;

public sealed class SampleSnapshotTests
{
    public static TheoryData<string> Names { get; } = [.. MoreJobDefinitions.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void MoreJobs_EachManifest_MatchesSnapshot(string name)
    {
        var source = MoreJobDefinitions.All.Single(m => m.Name == name);

        Snapshot.Match(RepoPaths.DslSnapshot(name), ManifestRenderer.ToYaml(source.Build()));
    }

    [Fact]
    public void MoreJobs_EveryManifest_IsValid() =>
        Assert.All(MoreJobDefinitions.All, m => Assert.True(m.Validate().IsValid, $"{m} is invalid: {string.Join("; ", m.Validate().Issues)}"));

    [Fact]
    public void MoreJobs_BackupJobAndCronJob_ShareOneDefinition()
    {
        var cronJob = MoreJobDefinitions.NightlyBackup.Build();
        var job = MoreJobDefinitions.Backup.Build();

        Assert.Equal(CanonicalJson.Of(job.Spec), CanonicalJson.Of(cronJob.Spec.JobTemplate.Spec));
    }
}
