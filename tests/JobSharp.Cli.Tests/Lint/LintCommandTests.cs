using System.Text.Json;
using JobSharp.Cli.Tests.Explain;
using JobSharp.Cli.Tests.Support;
using JobSharp.Linting;
using SeedJobs;

namespace JobSharp.Cli.Tests.Lint;

public sealed class LintCommandTests
{
    private static JobSharpApp SeedApp() => new JobSharpApp().AddRange(SeedJobDefinitions.All);

    private static async Task<CliResult> RunFileAsync(params string[] args)
    {
        var input = new FakeFileInput("jobs/hello-job.yaml", SeedManifests.Load("hello-job"));
        var root = CommandLine.Create("test", input);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await CommandLine.RunAsync(root, args, output, error, TestContext.Current.CancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Lint_SeedJobs_PrintsCompilerStyleFindingsAndExitsZeroWithoutErrors()
    {
        var result = await CliRunner.RunAsync(SeedApp(), "lint");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("job/hello-job (namespace myspace): warning JS4001: spec.ttlSecondsAfterFinished: ", result.StdOut, StringComparison.Ordinal);
        Assert.EndsWith("15 findings: 0 errors, 11 warnings, 4 info; 0 suppressed.\n", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_ErrorFinding_ExitsOne()
    {
        var app = new JobSharpApp().Add(SeedJobDefinitions.Migration.WithParallelism(2));

        var result = await CliRunner.RunAsync(app, "lint");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("job/db-migration (namespace myspace): error JS4007: spec.parallelism: ", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_SuppressedError_ExitsZero()
    {
        var app = new JobSharpApp().Add(SeedJobDefinitions.Migration.WithParallelism(2)
            .SuppressLint("JS4007", "the tool takes a database lock, so copies wait for each other"));

        var result = await CliRunner.RunAsync(app, "lint");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("; 1 suppressed.", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_KubeVersion_ReportsFieldsTheTargetLacks()
    {
        var app = new JobSharpApp().Add(SeedJobDefinitions.Hello.Customize(j => j.Spec.PodReplacementPolicy = "Failed"));

        var result = await CliRunner.RunAsync(app, "lint", "--kube-version", "1.28");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error JS4019: spec.podReplacementPolicy: podReplacementPolicy needs Kubernetes 1.29 (beta) or 1.34 (GA); the target 1.28 ignores it", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_BadKubeVersion_IsAUsageError()
    {
        var result = await CliRunner.RunAsync(SeedApp(), "lint", "--kube-version", "latest");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--kube-version: 'latest' is not a Kubernetes version", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_Json_ListsFindingsWithRuleAndObject()
    {
        var result = await CliRunner.RunAsync(SeedApp(), "lint", "--format", "json");

        using var json = JsonDocument.Parse(result.StdOut);
        var first = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("JS4001", first.GetProperty("ruleId").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        Assert.Equal("hello-job", first.GetProperty("name").GetString());
        Assert.Equal("myspace", first.GetProperty("namespace").GetString());
        Assert.Equal(15, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Lint_FileInput_TextFindingsStartWithFileLineAndColumn()
    {
        var result = await RunFileAsync("lint");

        Assert.Contains("jobs/hello-job.yaml:14:11: warning JS4004: spec.template.spec.containers[0].image: ", result.StdOut, StringComparison.Ordinal);
        // A field the file does not write is placed at the nearest enclosing one.
        Assert.Contains("jobs/hello-job.yaml:5:1: warning JS4001: spec.ttlSecondsAfterFinished: ", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_FileInputAsSarif_ResultsPointAtFileAndLine()
    {
        var result = await RunFileAsync("lint", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.StdOut);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r =>
        {
            var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("jobs/hello-job.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        });
        Assert.Equal(LintRules.All.Count, sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task Lint_Help_DescribesTheOptions()
    {
        var result = await CliRunner.RunAsync(SeedApp(), "lint", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--kube-version", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("sarif", result.StdOut, StringComparison.Ordinal);
    }
}
