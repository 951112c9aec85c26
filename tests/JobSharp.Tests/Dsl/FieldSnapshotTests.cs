namespace JobSharp.Tests.Dsl;

public sealed class FieldSnapshotTests
{
    public static TheoryData<string> Names { get; } = [.. FieldCases.All.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void ToYaml_MinimalManifestUsingField_MatchesSnapshot(string name)
    {
        var yaml = FieldCases.All[name] switch
        {
            Job job => job.ToYaml(),
            CronJob cronJob => cronJob.ToYaml(),
            var other => throw new InvalidOperationException($"Unexpected {other}"),
        };

        Snapshot.Match(RepoPaths.DslSnapshot("Fields/" + name), yaml);
    }
}
