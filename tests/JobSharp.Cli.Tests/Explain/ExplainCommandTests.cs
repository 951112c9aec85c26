using JobSharp.Cli.Explain;
using JobSharp.Cli.Tests.Support;
using SeedJobs;

namespace JobSharp.Cli.Tests.Explain;

public sealed class ExplainCommandTests
{
    [Fact]
    public async Task Explain_SeedJobs_PrintsEachJobsMarkdownInOrder()
    {
        var app = new JobSharpApp().AddRange(SeedJobDefinitions.All);

        var result = await CliRunner.RunAsync(app, "explain");

        Assert.Equal(0, result.ExitCode);
        var expected = string.Join("\n", SeedJobDefinitions.All.Select(j => ExplainRenderer.Render([j.ToModel()])));
        Assert.Equal(expected, result.StdOut);
        Assert.True(result.StdOut.IndexOf("# Job hello-job", StringComparison.Ordinal) < result.StdOut.IndexOf("# Job batch-processor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_DslAndYamlSeed_GiveTheSameMarkdown()
    {
        var app = new JobSharpApp().Add(SeedJobDefinitions.Migration);

        var result = await CliRunner.RunAsync(app, "explain");

        Assert.Equal(ExplainRenderer.Render([SeedManifests.Load("db-migration")]), result.StdOut);
    }
}
