using System.Runtime.Versioning;
using JobSharp.Cli.Tests.Support;
using JobSharp.Cli.Tests.Tool;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// Issue "Trust", cases 4, 6, 7 and 16: <c>render -o</c> never writes, reads or deletes outside the folder it was
/// given, <c>--prune</c> deletes only files JobSharp generated and nobody changed since, updated files keep their
/// mode, leftovers of killed runs are cleaned up, and <c>--check</c> names the command that fixes what it finds.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private const string Index = ".jobsharp-generated.sha256";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => _folder.File("out");

    private string Outside => _folder.File("outside");

    [Fact]
    public async Task Render_SymlinkedNamespaceFolder_IsRefusedAndNothingIsWrittenThroughIt()
    {
        Directory.CreateDirectory(Outside);
        Directory.CreateDirectory(Out);
        Directory.CreateSymbolicLink(Path.Combine(Out, "myspace"), Outside);

        var result = await RenderSeed("-o", Out);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error JS2907: refused: ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("myspace is a symbolic link", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Outside));
        Assert.False(File.Exists(Path.Combine(Out, Index)), "nothing is written when one path is refused");
    }

    [Fact]
    public async Task Render_SymlinkedManifestFile_IsRefusedAndItsTargetKept()
    {
        await RenderSeed("-o", Out);
        Directory.CreateDirectory(Outside);
        var target = Path.Combine(Outside, "precious.yaml");
        File.WriteAllText(target, "precious\n");
        var hello = Path.Combine(Out, "myspace", "hello-job.job.yaml");
        File.Delete(hello);
        File.CreateSymbolicLink(hello, target);

        var result = await RenderSeed("-o", Out);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("hello-job.job.yaml is a symbolic link", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("precious\n", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(hello).LinkTarget);
    }

    [Fact]
    public async Task Prune_StaleFileBehindASymlinkedFolder_IsNeverDeleted()
    {
        await RenderSeed("-o", Out);
        Directory.CreateDirectory(Outside);
        var victim = Path.Combine(Outside, "hello-job.job.yaml");
        File.Copy(Path.Combine(Out, "myspace", "hello-job.job.yaml"), victim);
        Directory.Move(Path.Combine(Out, "myspace"), _folder.File("moved"));
        Directory.CreateSymbolicLink(Path.Combine(Out, "myspace"), Outside);

        var result = await ToolRunner.RunAsync("render", Seed("hello-job"), "-o", Out, "--prune");

        Assert.Equal(2, result.ExitCode);
        Assert.True(File.Exists(victim), "a file outside the output folder must never be deleted");
    }

    [Fact]
    public async Task Prune_HandWrittenManifest_IsNeverDeleted()
    {
        Directory.CreateDirectory(Path.Combine(Out, "myspace"));
        var handWritten = Path.Combine(Out, "myspace", "by-hand.job.yaml");
        File.WriteAllText(handWritten, "kind: Job\n");

        var result = await RenderSeed("-o", Out, "--prune");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(handWritten));
        Assert.DoesNotContain("deleted", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prune_GeneratedFileNoObjectRendersToAnyMore_IsDeletedAndLeavesTheIndex()
    {
        await RenderSeed("-o", Out);

        var result = await ToolRunner.RunAsync("render", Seed("hello-job"), "-o", Out, "--prune");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("deleted ", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(["myspace/hello-job.job.yaml"], Directory.EnumerateFiles(Out, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Out, f).Replace('\\', '/')));
        Assert.DoesNotContain("db-migration", File.ReadAllText(Path.Combine(Out, Index)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prune_GeneratedFileEditedByHand_IsKeptAndReported()
    {
        await RenderSeed("-o", Out);
        var edited = Path.Combine(Out, "myspace", "db-migration.job.yaml");
        var written = Sha256(File.ReadAllBytes(edited));
        File.AppendAllText(edited, "# reviewed\n");

        var result = await ToolRunner.RunAsync("render", Seed("hello-job"), "-o", Out, "--prune");

        Assert.Equal(1, result.ExitCode);
        Assert.True(File.Exists(edited));
        Assert.Contains("db-migration.job.yaml: error JS2908: stale, but not deleted: it was changed after JobSharp wrote it", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, "myspace", "batch-processor.job.yaml")), "unchanged stale files are still pruned");

        // The kept file stays listed with the hash JobSharp wrote, in order among the rendered ones (sha256sum's format).
        Assert.Equal(
            $"{written}  myspace/db-migration.job.yaml\n{Sha256(File.ReadAllBytes(Path.Combine(Out, "myspace", "hello-job.job.yaml")))}  myspace/hello-job.job.yaml\n",
            File.ReadAllText(Path.Combine(Out, Index)));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    [Fact]
    public async Task Prune_InputFileThatIsAlsoStale_IsNeverDeleted()
    {
        await ToolRunner.RunAsync("render", Seed("hello-job"), "-o", Out);
        var input = Path.Combine(Out, "myspace", "hello-job.job.yaml");

        var result = await ToolRunner.RunAsync("render", input, "--format", "json", "-o", Out, "--prune");

        Assert.Equal(1, result.ExitCode);
        Assert.True(File.Exists(input));
        Assert.Contains("error JS2908: stale, but not deleted: it is one of the input files", result.StdErr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "myspace", "hello-job.job.json")));
    }

    [Fact]
    public async Task Prune_EmptyInput_DeletesNothing()
    {
        await RenderSeed("-o", Out);
        var empty = _folder.File("empty.yaml");
        File.WriteAllText(empty, string.Empty);

        var result = await ToolRunner.RunAsync("render", empty, "-o", Out, "--prune");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error JS2909: nothing to render", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(3, Directory.EnumerateFiles(Out, "*.job.yaml", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task Prune_IndexNamingAPathOutsideTheFolder_IsIgnored()
    {
        Directory.CreateDirectory(Outside);
        var victim = Path.Combine(Outside, "x.job.yaml");
        File.WriteAllText(victim, "kind: Job\n");
        Directory.CreateDirectory(Out);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(victim)));
        File.WriteAllText(Path.Combine(Out, Index), $"{hash}  ../outside/x.job.yaml\n{hash}  {victim}\n");

        var result = await RenderSeed("-o", Out, "--prune");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(victim));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Render_UpdatedFile_KeepsItsMode()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes do not exist on Windows.");
        await RenderSeed("-o", Out);
        var hello = Path.Combine(Out, "myspace", "hello-job.job.yaml");
        File.WriteAllText(hello, "old\n");
        File.SetUnixFileMode(hello, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = await RenderSeed("-o", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("updated ", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(hello));
        Assert.StartsWith("apiVersion: batch/v1\n", File.ReadAllText(hello), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TemporaryFilesOfAKilledRun_AreRemovedAndMentioned()
    {
        var folder = Path.Combine(Out, "myspace");
        Directory.CreateDirectory(folder);
        var dead = Path.Combine(folder, $".hello-job.job.yaml.{DeadProcessId()}.{Guid.NewGuid():N}.tmp");
        var alive = Path.Combine(folder, $".hello-job.job.yaml.1.{Guid.NewGuid():N}.tmp");
        var unrelated = Path.Combine(folder, ".editor-swap.tmp");
        foreach (var file in new[] { dead, alive, unrelated })
        {
            File.WriteAllText(file, "partial");
        }

        var result = await RenderSeed("-o", Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("removed 1 temporary file left by an interrupted run", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(alive), "a running process may still be writing its temporary file");
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public async Task Check_StaleFiles_HintIsTheCommandThatFixesThem()
    {
        await RenderSeed("-o", Out);

        var result = await ToolRunner.RunAsync("render", Seed("hello-job"), "-o", Out, "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("db-migration.job.yaml: error JS2904: stale", result.StdErr, StringComparison.Ordinal);
        Assert.EndsWith($"to update them, run: jobsharp render {Seed("hello-job")} -o {Out} --prune\n", result.StdErr, StringComparison.Ordinal);

        var fix = await ToolRunner.RunAsync("render", Seed("hello-job"), "-o", Out, "--prune");
        var again = await ToolRunner.RunAsync("render", Seed("hello-job"), "-o", Out, "--check");
        Assert.Equal(0, fix.ExitCode);
        Assert.Equal(0, again.ExitCode);
    }

    [Fact]
    public async Task Check_ChangedFileOnly_HintHasNoPrune()
    {
        await RenderSeed("-o", Out);
        File.AppendAllText(Path.Combine(Out, "myspace", "hello-job.job.yaml"), "# edited\n");

        var result = await RenderSeed("-o", Out, "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith($"-o {Out}\n", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("--prune", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AfterRender_PassesAndWritesNothing()
    {
        await RenderSeed("-o", Out);
        var before = Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        var result = await RenderSeed("-o", Out, "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));
    }

    private static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "Seed", $"{name}.yaml");

    private static Task<CliResult> RenderSeed(params string[] options) =>
        ToolRunner.RunAsync(["render", Seed("hello-job"), Seed("db-migration"), Seed("batch-processor"), .. options]);

    // A process id that is not running: the highest ids are free on any ordinary machine.
    private static int DeadProcessId()
    {
        for (var pid = 4_194_000; ; pid--)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
            }
            catch (ArgumentException)
            {
                return pid;
            }
        }
    }
}
