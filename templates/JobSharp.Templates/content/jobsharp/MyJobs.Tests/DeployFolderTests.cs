using JobSharp.Cli;

namespace MyJobs.Tests;

/// <summary>
/// The committed deploy/ folder is what the code renders: the check CI runs as
/// <c>dotnet run --project MyJobs -- render -o deploy --check</c>.
/// </summary>
public sealed class DeployFolderTests
{
    [Fact]
    public async Task CommittedFolder_MatchesTheCode()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await new JobSharpApp().AddRange(Jobs.All)
            .RunAsync(["render", "-o", DeployFolder(), "--check"], output, error, TestContext.Current.CancellationToken);

        Assert.True(code == 0, $"render -o deploy --check exited {code}:\n{error}\nRun: dotnet run --project MyJobs -- render -o deploy");
    }

    // The repository root: the first folder above the test binaries that holds a deploy/ folder and a solution.
    private static string DeployFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "deploy")) && dir.EnumerateFiles("*.slnx").Any())
            {
                return Path.Combine(dir.FullName, "deploy");
            }
        }

        throw new InvalidOperationException($"No deploy/ folder beside a solution above {AppContext.BaseDirectory}.");
    }
}
