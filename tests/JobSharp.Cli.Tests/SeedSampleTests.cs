using JobSharp.Cli.Tests.Support;
using SeedJobs;

namespace JobSharp.Cli.Tests;

public sealed class SeedSampleTests
{
    private static readonly string[] SeedNames = ["hello-job", "db-migration", "batch-processor"];

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seed", $"{name}.yaml"));

    [Fact]
    public async Task Render_SeedJobs_EachDocumentEqualsTheSeedBlockByteForByte()
    {
        var result = await CliRunner.RunAsync(new JobSharpApp().AddRange(SeedJobDefinitions.All), "render");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StdErr);
        var documents = result.StdOut.Split("---\n");
        Assert.Equal(SeedNames.Length, documents.Length);
        for (var i = 0; i < SeedNames.Length; i++)
        {
            Assert.Equal(Fixture(SeedNames[i]), documents[i]);
        }
    }

    [Fact]
    public async Task Render_SeedJobs_StreamIsTheThreeBlocksJoinedBySeparators()
    {
        var result = await CliRunner.RunAsync(new JobSharpApp().AddRange(SeedJobDefinitions.All), "render");

        Assert.Equal(string.Join("---\n", SeedNames.Select(Fixture)), result.StdOut);
    }

    [Fact]
    public void ToYaml_EachSeedJob_EqualsItsFixture()
    {
        Assert.Equal(Fixture("hello-job"), SeedJobDefinitions.Hello.ToYaml());
        Assert.Equal(Fixture("db-migration"), SeedJobDefinitions.Migration.ToYaml());
        Assert.Equal(Fixture("batch-processor"), SeedJobDefinitions.BatchProcessor.ToYaml());
    }

    [Fact]
    public async Task Validate_SeedJobs_AllValid()
    {
        var result = await CliRunner.RunAsync(new JobSharpApp().AddRange(SeedJobDefinitions.All), "validate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("3 manifests valid.\n", result.StdOut);
    }
}
