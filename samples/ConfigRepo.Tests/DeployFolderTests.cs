namespace ConfigRepo.Tests;

/// <summary>
/// The committed <c>samples/ConfigRepo/deploy</c> folder is what the code renders, as the CI step
/// <c>render -o samples/ConfigRepo/deploy --check</c> checks it.
/// </summary>
public sealed class DeployFolderTests
{
    [Fact]
    public async Task CommittedFolder_MatchesTheCode()
    {
        var (code, _, error) = await RenderCheck(Checkout.DeployFolder);

        Assert.True(code == 0, error);
    }

    // The check above passes only because the folder matches: an edited copy of it fails, naming the file.
    [Fact]
    public async Task EditedCopy_FailsTheCheck()
    {
        var copy = Directory.CreateTempSubdirectory("configrepo-deploy-");
        try
        {
            CopyFolder(Checkout.DeployFolder, copy.FullName);
            var edited = Path.Combine(copy.FullName, "prod", "payments", "ledger-migrate.job.yaml");
            File.WriteAllText(edited, File.ReadAllText(edited).Replace("ghcr.io/acme/ledger:", "ghcr.io/acme/ledger-fork:", StringComparison.Ordinal));

            var (code, _, error) = await RenderCheck(copy.FullName);

            Assert.Equal(1, code);
            Assert.Contains("ledger-migrate.job.yaml: error JS2903: changed", error, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RenderCheck(string folder)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Repository.Define().RunAsync(["render", "-o", folder, "--check"], output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
