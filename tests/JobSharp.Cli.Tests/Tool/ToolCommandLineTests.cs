namespace JobSharp.Cli.Tests.Tool;

public sealed class ToolCommandLineTests
{
    [Fact]
    public async Task Render_SeedFromStandardInput_IsByteIdentical()
    {
        var seed = ToolRunner.SeedStream();

        var result = await ToolRunner.RunWithInputAsync(seed, "render", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(seed, result.StdOut);
        Assert.Equal(string.Empty, result.StdErr);
    }

    [Fact]
    public async Task Render_HandWrittenYaml_IsFormattedWithoutLosingAnything()
    {
        const string input = """
            kind: Job
            apiVersion: batch/v1
            metadata: {namespace: jobs, name: fmt}
            spec:
              template:
                spec:
                  containers:
                  - image: 'busybox:1.36'
                    name: main
                    resources: {limits: {memory: 1.5Gi}, requests: {cpu: 100m}}
                    volumeMounts: [{name: cfg, mountPath: /cfg}]
                  restartPolicy: Never
                  volumes:
                  - name: cfg
                    configMap: {name: settings, defaultMode: 0440}
            """;

        var result = await ToolRunner.RunWithInputAsync(input, "render", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: fmt
              namespace: jobs
            spec:
              template:
                spec:
                  restartPolicy: Never
                  volumes:
                    - name: cfg
                      configMap:
                        name: settings
                        defaultMode: 288
                  containers:
                    - name: main
                      image: busybox:1.36
                      resources:
                        limits:
                          memory: 1.5Gi
                        requests:
                          cpu: 100m
                      volumeMounts:
                        - name: cfg
                          mountPath: /cfg

            """,
            result.StdOut);
    }

    [Fact]
    public async Task Validate_SeedFile_ExitsZero()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("seed.yaml"), ToolRunner.SeedStream());

        var result = await ToolRunner.RunAsync("validate", folder.File("seed.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("3 manifests valid.\n", result.StdOut);
    }

    [Fact]
    public async Task Validate_InvalidJob_ReportsFileLineColumnCodePathAndMessage()
    {
        const string input = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: Bad_Name
            spec:
              template:
                spec:
                  restartPolicy: Always
                  containers:
                    - name: x
                      image: ""
            """;

        var result = await ToolRunner.RunWithInputAsync(input, "validate", "-");

        Assert.Equal(1, result.ExitCode);
        var lines = result.StdErr.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("<stdin>:4:3: error JS1004: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain", StringComparison.Ordinal));
        Assert.Contains("<stdin>:11:11: error JS1003: spec.template.spec.containers[0].image: Required value", lines);
        Assert.Contains(lines, l => l.StartsWith("<stdin>:8:7: error JS1117: spec.template.spec.restartPolicy: Required value", StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Fact]
    public async Task Validate_UnknownFieldAndWrongType_ReportedWithSuggestionAndPosition()
    {
        const string input = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: typo
            spec:
              backofflimit: 3
              parallelism: "two"
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: x
                      image: busybox
            """;

        var result = await ToolRunner.RunWithInputAsync(input, "validate", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("<stdin>:6:3: error JS2010: spec.backofflimit: unknown field \"backofflimit\" in JobSpec; did you mean \"backoffLimit\"?", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("<stdin>:7:16: error JS2012: spec.parallelism:", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MissingFile_ExitsTwoWithOneLine()
    {
        var result = await ToolRunner.RunAsync("render", "does-not-exist.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("does-not-exist.yaml: error JS2900: cannot read the file: no such file\n", result.StdErr);
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Fact]
    public async Task Render_InvalidYamlInOneFile_WritesNothingAndExitsOne()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("good.yaml"), ToolRunner.SeedStream());
        File.WriteAllText(folder.File("bad.yaml"), "apiVersion: batch/v1\nkind: Job\nmetadata:\n\tname: tabbed\n");

        var result = await ToolRunner.RunAsync("render", folder.File("good.yaml"), folder.File("bad.yaml"), "-o", folder.File("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.yaml:4:", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public async Task Render_OutputFolderAndCheck_WorkOnFilesToo()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("seed.yaml"), ToolRunner.SeedStream());

        var written = await ToolRunner.RunAsync("render", folder.File("seed.yaml"), "-o", folder.File("out"));
        var checkedAgain = await ToolRunner.RunAsync("render", folder.File("seed.yaml"), "-o", folder.File("out"), "--check");

        Assert.Equal(0, written.ExitCode);
        Assert.Equal(0, checkedAgain.ExitCode);
        Assert.True(File.Exists(folder.File("out", "myspace", "db-migration.job.yaml")));
    }

    [Fact]
    public async Task Run_NoFiles_IsAUsageError()
    {
        var result = await ToolRunner.RunAsync("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help for usage.", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsOnlyBuiltVerbs()
    {
        var result = await ToolRunner.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "render", "validate", "lint", "explain", "apply", "status", "logs", "delete", "diff", "import" })
        {
            Assert.Contains($"  {verb} <files>", result.StdOut, StringComparison.Ordinal);
        }
    }
}
