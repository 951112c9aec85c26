using JobSharp.Cli;
using SeedJobs;

namespace JobSharp.Testing.Tests;

/// <summary>
/// The folder pattern (docs/testing.md): the rendered folder is committed, and a test fails when the code and the
/// folder disagree, the way <c>jobsharp render -o deploy --check</c> does in CI.
/// </summary>
public sealed class FolderPatternTests
{
    [Fact]
    public async Task DeployFolder_MatchesTheCode()
    {
        var deploy = Repository.Path("tests", "JobSharp.Testing.Tests", "FolderPattern", "deploy");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await new JobSharpApp().AddRange(SeedJobDefinitions.All)
            .RunAsync(["render", "-o", deploy, "--check"], output, error, TestContext.Current.CancellationToken);

        Assert.True(code == 0, error.ToString());
    }
}
