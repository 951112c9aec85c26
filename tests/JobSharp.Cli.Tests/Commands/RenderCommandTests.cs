using JobSharp.Cli.Tests.Support;
using SeedJobs;

namespace JobSharp.Cli.Tests.Commands;

public sealed class RenderCommandTests
{
    private static JobSharpApp SeedApp() => new JobSharpApp().AddRange(SeedJobDefinitions.All);

    [Fact]
    public async Task Render_OutputFolder_WritesOneFilePerJobUnderItsNamespace()
    {
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync(SeedApp(), "render", "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [".jobsharp-generated.sha256", "myspace/batch-processor.job.yaml", "myspace/db-migration.job.yaml", "myspace/hello-job.job.yaml"],
            folder.AllFiles());
        Assert.Equal(SeedJobDefinitions.Hello.ToYaml(), File.ReadAllText(folder.File("myspace", "hello-job.job.yaml")));
    }

    [Fact]
    public async Task Render_JobWithoutNamespace_WritesAtTheFolderRoot()
    {
        using var folder = new TempFolder();
        var app = new JobSharpApp().Add(Job.Create("plain").AddContainer("main", "busybox:1.36"));

        var result = await CliRunner.RunAsync(app, "render", "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([".jobsharp-generated.sha256", "plain.job.yaml"], folder.AllFiles());
    }

    [Fact]
    public async Task Render_CronJob_IsWrittenAsACronjobFile()
    {
        using var folder = new TempFolder();
        var nightly = SeedJobDefinitions.Hello.ToCronJob(CronSchedule.Parse("0 3 * * *")).WithName("nightly-hello");
        var app = new JobSharpApp().Add(SeedJobDefinitions.Hello).Add(nightly);

        var result = await CliRunner.RunAsync(app, "render", "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([".jobsharp-generated.sha256", "myspace/hello-job.job.yaml", "myspace/nightly-hello.cronjob.yaml"], folder.AllFiles());
        Assert.StartsWith("apiVersion: batch/v1\nkind: CronJob\n", File.ReadAllText(folder.File("myspace", "nightly-hello.cronjob.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_SecondRun_ReportsUnchangedAndLeavesUnrelatedFilesAlone()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("kustomization.yaml"), "resources: []\n");
        await CliRunner.RunAsync(SeedApp(), "render", "-o", folder.Path);

        var result = await CliRunner.RunAsync(SeedApp(), "render", "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.StdOut.Split('\n').Count(l => l.StartsWith("unchanged ", StringComparison.Ordinal)));
        Assert.Equal("resources: []\n", File.ReadAllText(folder.File("kustomization.yaml")));
    }

    [Fact]
    public async Task Check_FilesMatch_ExitsZeroAndWritesNothing()
    {
        using var folder = new TempFolder();
        await CliRunner.RunAsync(SeedApp(), "render", "-o", folder.Path);
        var before = folder.AllFiles();

        var result = await CliRunner.RunAsync(SeedApp(), "render", "-o", folder.Path, "--check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 files match the code.", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(before, folder.AllFiles());
    }

    [Fact]
    public async Task Check_ChangedMissingAndStale_EachReportedWithExitOne()
    {
        using var folder = new TempFolder();
        await CliRunner.RunAsync(SeedApp().Add(Retired()), "render", "-o", folder.Path);
        File.WriteAllText(folder.File("myspace", "by-hand.job.yaml"), "kind: Job\n");
        var hello = folder.File("myspace", "hello-job.job.yaml");
        File.WriteAllText(hello, File.ReadAllText(hello).Replace("busybox", "busybox:1.36", StringComparison.Ordinal));
        File.Delete(folder.File("myspace", "db-migration.job.yaml"));
        File.WriteAllText(folder.File("notes.yaml"), "not ours\n");

        var result = await CliRunner.RunAsync(SeedApp(), "render", "-o", folder.Path, "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("hello-job.job.yaml: error JS2903: changed", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("-          image: busybox:1.36\n+          image: busybox\n", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("db-migration.job.yaml: error JS2902: missing", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("retired.job.yaml: error JS2904: stale", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.yaml", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("by-hand.job.yaml", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("myspace", "db-migration.job.yaml")), "--check must not write");
    }

    [Fact]
    public async Task Render_Prune_DeletesOnlyStaleGeneratedFiles()
    {
        using var folder = new TempFolder();
        await CliRunner.RunAsync(SeedApp().Add(Retired()), "render", "-o", folder.Path);
        File.WriteAllText(folder.File("myspace", "by-hand.cronjob.yaml"), "kind: CronJob\n");
        File.WriteAllText(folder.File("notes.yaml"), "not ours\n");

        var result = await CliRunner.RunAsync(SeedApp(), "render", "-o", folder.Path, "--prune");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("deleted ", result.StdOut, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("myspace", "retired.job.yaml")));
        Assert.True(File.Exists(folder.File("myspace", "by-hand.cronjob.yaml")), "a file JobSharp did not generate is never pruned");
        Assert.True(File.Exists(folder.File("notes.yaml")));
    }

    private static Job Retired() => Job.Create("retired").InNamespace("myspace").AddContainer("main", "busybox:1.36");

    [Fact]
    public async Task Render_FormatJson_SingleJobIsAnObjectWithTheSameKeyOrder()
    {
        var app = new JobSharpApp().Add(SeedJobDefinitions.Hello);

        var result = await CliRunner.RunAsync(app, "render", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        Assert.Equal(["apiVersion", "kind", "metadata", "spec"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["completions", "parallelism", "template"],
            json.RootElement.GetProperty("spec").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Render_FormatJson_SeveralJobsAreAList()
    {
        var result = await CliRunner.RunAsync(SeedApp(), "render", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        Assert.Equal("List", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("render", "--bogus")]
    [InlineData("render", "--format", "xml")]
    [InlineData("render", "--check")]
    [InlineData("frobnicate")]
    public async Task Run_UsageError_ExitsTwoWithAPointerToHelp(params string[] args)
    {
        var result = await CliRunner.RunAsync(SeedApp(), args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("--help for usage.", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Fact]
    public async Task Render_InvalidJob_ReportsEveryProblemAndWritesNothing()
    {
        using var folder = new TempFolder();
        var broken = Job.Create("broken").AddContainer("a", string.Empty).AddContainer("b", string.Empty);
        var app = new JobSharpApp().Add(SeedJobDefinitions.Hello).Add(broken);

        var result = await CliRunner.RunAsync(app, "render", "-o", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("job/broken: error JS1003: spec.template.spec.containers[0].image: Required value", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("job/broken: error JS1003: spec.template.spec.containers[1].image: Required value", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(folder.AllFiles());
    }

    [Fact]
    public async Task Help_RenderVerb_ListsEveryOption()
    {
        var result = await CliRunner.RunAsync(SeedApp(), "render", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--format", "--output", "--check", "--prune" })
        {
            Assert.Contains(option, result.StdOut, StringComparison.Ordinal);
        }
    }
}
