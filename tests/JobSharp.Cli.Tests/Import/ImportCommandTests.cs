using JobSharp.Cli.Tests.Tool;

namespace JobSharp.Cli.Tests.Import;

public sealed class ImportCommandTests
{
    private static readonly string[] SeedFiles =
        [.. new[] { "hello-job", "db-migration", "batch-processor" }.Select(n => Path.Combine(AppContext.BaseDirectory, "Seed", $"{n}.yaml"))];

    private static string SnapshotPath => Repository.Path("tests", "JobSharp.Cli.Tests", "Import", "Snapshots", "SeedJobs.verified.cs");

    [Fact]
    public async Task Import_SeedFiles_WritesTheCodeInTheSnapshot()
    {
        var result = await ToolRunner.RunAsync(["import", .. SeedFiles]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StdErr);
        Snapshot.Match(SnapshotPath, result.StdOut);
    }

    [Fact]
    public void SeedSnapshot_CompiledIntoThisProject_RendersTheSeedByteForByte()
    {
        var yaml = Rendering.ManifestRenderer.ToYaml(Manifests.ImportedManifests.All.Select(m => m.Build()));

        Assert.Equal(ToolRunner.SeedStream(), yaml);
    }

    [Fact]
    public async Task Import_StandardInput_IsReadLikeAFile()
    {
        var fromFiles = await ToolRunner.RunAsync(["import", .. SeedFiles]);

        var fromStdin = await ToolRunner.RunWithInputAsync(ToolRunner.SeedStream(), "import", "-", "--class", "Seed", "--namespace", "My.Jobs");

        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Contains("namespace My.Jobs;\n", fromStdin.StdOut, StringComparison.Ordinal);
        Assert.Contains("public static class Seed\n", fromStdin.StdOut, StringComparison.Ordinal);
        Assert.Contains("from <stdin>", fromStdin.StdOut, StringComparison.Ordinal);
        Assert.Equal(Body(fromFiles.StdOut), Body(fromStdin.StdOut.Replace("My.Jobs", "Manifests", StringComparison.Ordinal).Replace("class Seed", "class ImportedManifests", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Import_InvalidManifest_ReportsWhatValidateReportsAndExits1()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Native", "invalid-values.yaml");
        var validate = await ToolRunner.RunAsync("validate", file);

        var result = await ToolRunner.RunAsync("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        var diagnostics = validate.StdErr.Split('\n').Where(l => l.Contains(": error JS", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, line => Assert.Contains(line + "\n", result.StdErr, StringComparison.Ordinal));
        Assert.Contains("nothing imported (--allow-invalid", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AllowInvalid_WritesACommentAtEachProblem()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Native", "invalid-values.yaml");

        var result = await ToolRunner.RunAsync("import", "--allow-invalid", file);

        Assert.Equal(0, result.ExitCode);
        var codes = result.StdErr.Split('\n').Where(l => l.Contains(": error JS", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(": error ", StringComparison.Ordinal) + 8)..].Split(':')[0]).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains($"// {code}: ", result.StdOut, StringComparison.Ordinal));
        Assert.Contains("// JS1306: spec.template.spec.containers[0].imagePullPolicy:", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OtherKinds_AreLeftOutWithANoteAndNoSecretValue()
    {
        const string input = """
            apiVersion: v1
            kind: Secret
            metadata: {name: db, namespace: shop}
            stringData: {password: hunter2-very-secret}
            ---
            apiVersion: batch/v1
            kind: Job
            metadata: {name: migrate, namespace: shop}
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: migrate
                      image: acme/migrate:1.4
                      env:
                        - name: PASSWORD
                          valueFrom: {secretKeyRef: {name: db, key: password}}
            """;

        var result = await ToolRunner.RunWithInputAsync(input, "import", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("left out 1 other object (Secret); import writes Jobs and CronJobs only\n", result.StdErr);
        Assert.Contains("private static readonly SecretRef DbSecret = SecretRef.Named(\"db\");", result.StdOut, StringComparison.Ordinal);
        Assert.Contains(".WithEnv(\"PASSWORD\", DbSecret.Key(\"password\"))", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Output_WritesTheFileAndSaysSo()
    {
        using var folder = new TempFolder();
        var target = folder.File("Seed.cs");
        var toStdout = await ToolRunner.RunAsync(["import", .. SeedFiles]);

        var result = await ToolRunner.RunAsync(["import", "-o", target, .. SeedFiles]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"wrote {target}: 3 Jobs, 0 CronJobs\n", result.StdOut);
        Assert.Equal(toStdout.StdOut, File.ReadAllText(target));
        Assert.Equal(["Seed.cs"], folder.AllFiles());
    }

    [Fact]
    public async Task Import_InvalidWithOutput_LeavesTheFileAlone()
    {
        using var folder = new TempFolder();
        var target = folder.File("Jobs.cs");
        File.WriteAllText(target, "// earlier\n");

        var result = await ToolRunner.RunAsync("import", "-o", target, Path.Combine(AppContext.BaseDirectory, "Native", "invalid-values.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("// earlier\n", File.ReadAllText(target));
        Assert.Equal(["Jobs.cs"], folder.AllFiles());
    }

    [Theory]
    [InlineData("--class", "2Jobs", "--class: \"2Jobs\" is not a C# identifier")]
    [InlineData("--class", "class", "--class: \"class\" is not a C# identifier")]
    [InlineData("--namespace", "My..Jobs", "--namespace: \"My..Jobs\" is not a C# namespace")]
    public async Task Import_BadNames_AreUsageErrors(string option, string value, string message)
    {
        var result = await ToolRunner.RunAsync(["import", option, value, .. SeedFiles]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {message}", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Fact]
    public async Task Import_MissingFile_Exits2NamingIt()
    {
        var result = await ToolRunner.RunAsync("import", "no-such-file.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("no-such-file.yaml: error JS2900: cannot read the file: no such file\n", result.StdErr);
    }

    [Fact]
    public async Task Import_NoJobs_Exits1()
    {
        var result = await ToolRunner.RunWithInputAsync("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n", "import", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("error: no Jobs or CronJobs to import.\n", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsImportInTheToolOnly()
    {
        var tool = await ToolRunner.RunAsync("--help");
        var app = await Support.CliRunner.RunAsync(new JobSharpApp(), "--help");

        Assert.Contains("  import ", tool.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("  import ", app.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameNameInTwoNamespaces_GivesDistinctProperties()
    {
        const string input = """
            apiVersion: batch/v1
            kind: Job
            metadata: {name: report, namespace: staging}
            spec: {template: {spec: {restartPolicy: Never, containers: [{name: r, image: "acme/report:1"}]}}}
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: report, namespace: staging}
            spec:
              schedule: "0 3 * * *"
              jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: r, image: "acme/report:1"}]}}}}
            """;

        var result = await ToolRunner.RunWithInputAsync(input, "import", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("public static Job Report { get; }", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("public static CronJob ReportCronJob { get; }", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("All { get; } = [Report, ReportCronJob];", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AllowInvalid_MissingScheduleAndImage_SetsThemWithCustomize()
    {
        const string input = """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: broken}
            spec:
              jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: main}]}}}}
            """;

        var result = await ToolRunner.RunWithInputAsync(input, "import", "--allow-invalid", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(".Customize(m => m.Image = null)", result.StdOut, StringComparison.Ordinal);
        Assert.Contains(".Customize(cj => cj.Spec.Schedule = null)", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("// JS", result.StdOut, StringComparison.Ordinal);
    }

    /// <summary>The code without the lines that name the input files.</summary>
    private static string Body(string code) =>
        string.Join('\n', code.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal) && !l.Contains(", from ", StringComparison.Ordinal)));
}
