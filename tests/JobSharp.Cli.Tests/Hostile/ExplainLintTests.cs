using System.Globalization;
using System.Text;
using System.Text.Json;
using JobSharp.Cli.Tests.Tool;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// <c>explain</c> and <c>lint</c> on inputs that are large but valid (every valid Job explains, however many
/// variables or containers it has) and on inputs the API server would refuse (reported, exit 1, never described).
/// </summary>
public sealed class ExplainLintTests
{
    private static string Corpus(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus", "explain", file));

    private static string Number(int i) => i.ToString("D4", CultureInfo.InvariantCulture);

    // ---- Large valid Jobs: the template engine's loop limit must not refuse them. ----

    [Fact]
    public async Task Explain_MegabyteLiteralValue_IsShortenedAndTheExplanationIsWhole()
    {
        var result = await ToolRunner.RunWithInputAsync(JobWithEnv(1, _ => new string('a', 1_000_000)), "explain", "-");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.StdErr));
        Assert.Contains($"the literal `{new string('a', 60)}... (1000000 characters)`\n", result.StdOut, StringComparison.Ordinal);
        Assert.True(result.StdOut.Length < 10_000, $"explain printed {result.StdOut.Length} characters");
    }

    [Fact]
    public async Task Explain_OutputOverAMebiCharacter_IsNeverCutShort()
    {
        const int count = 12_000;
        var result = await ToolRunner.RunWithInputAsync(JobWithEnv(count, i => $"value-{i}-{new string('x', 60)}"), "explain", "-");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.StdErr));
        Assert.True(result.StdOut.Length > 1024 * 1024, $"the test needs more than 1 Mi characters of output, got {result.StdOut.Length}");
        Assert.Contains($"- `SETTING_{Number(count - 1)}` (container `main`): the literal `value-{count - 1}-", result.StdOut, StringComparison.Ordinal);
        Assert.EndsWith("\n", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("...", result.StdOut, StringComparison.Ordinal);
    }

    private static string JobWithEnv(int count, Func<int, string> value)
    {
        var yaml = new StringBuilder("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: many-env
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: main
                      image: busybox:1.36
                      env:

            """);
        for (var i = 0; i < count; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"            - name: SETTING_{Number(i)}\n              value: \"{value(i)}\"\n");
        }

        return yaml.ToString();
    }

    [Fact]
    public async Task Explain_JobWith1500EnvVars_ListsEveryVariableAndExitsZero()
    {
        var yaml = JobWithEnv(1500, i => $"v{i}");

        var result = await ToolRunner.RunWithInputAsync(yaml, "explain", "-");

        Assert.Equal(string.Empty, result.StdErr);
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n');
        var envLines = lines.Where(l => l.StartsWith("- `SETTING_", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            Enumerable.Range(0, 1500).Select(i => $"- `SETTING_{Number(i)}` (container `main`): the literal `v{i}`"),
            envLines);
    }

    [Fact]
    public async Task Explain_JobWith1200Containers_DescribesEachContainerAndItsEnvironmentOnce()
    {
        var yaml = new StringBuilder("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: many-containers
            spec:
              template:
                spec:
                  restartPolicy: Never
                  initContainers:
                    - name: setup
                      image: busybox:1.36
                      env:
                        - name: STAGE
                          value: setup
                  containers:

            """);
        for (var i = 0; i < 1200; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                        - name: c{Number(i)}
                          image: busybox:1.36
                          env:
                            - name: SETTING
                              value: "v{i}"
                            - name: FROM_CONFIG
                              valueFrom:
                                configMapKeyRef:
                                  name: config-{Number(i)}
                                  key: value

                """);
        }

        var result = await ToolRunner.RunWithInputAsync(yaml.ToString(), "explain", "-");

        Assert.Equal(string.Empty, result.StdErr);
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n');
        Assert.Equal(
            Enumerable.Range(0, 1200).Select(i => $"Container `c{Number(i)}` runs the image `busybox:1.36` with the image's own entrypoint."),
            lines.Where(l => l.StartsWith("Container `", StringComparison.Ordinal)));
        var expectedEnv = new[] { "- `STAGE` (container `setup`): the literal `setup`" }.Concat(
            Enumerable.Range(0, 1200).SelectMany(i => new[]
            {
                $"- `SETTING` (container `c{Number(i)}`): the literal `v{i}`",
                $"- `FROM_CONFIG` (container `c{Number(i)}`): key `value` of ConfigMap `config-{Number(i)}`",
            }));
        Assert.Equal(expectedEnv, lines.Where(l => l.StartsWith("- `", StringComparison.Ordinal)));
        var configMaps = string.Join("`, `", Enumerable.Range(0, 1200).Select(i => $"config-{Number(i)}"));
        Assert.Contains($"The pods cannot start until ConfigMaps `{configMaps}` exist in the Job's namespace, with the keys named above.", lines);
    }

    [Fact]
    public async Task Explain_CronJobWith1500EnvVars_ListsEveryVariableAndExitsZero()
    {
        var yaml = new StringBuilder("""
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: many-env
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: main
                          image: busybox:1.36
                          env:

            """);
        for (var i = 0; i < 1500; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"                - name: SETTING_{Number(i)}\n                  value: \"v{i}\"\n");
        }

        var result = await ToolRunner.RunWithInputAsync(yaml.ToString(), "explain", "-");

        Assert.Equal(string.Empty, result.StdErr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1500, result.StdOut.Split('\n').Count(l => l.StartsWith("- `SETTING_", StringComparison.Ordinal)));
    }

    // ---- Invalid manifests: reported like validate does, exit 1, never explained or linted as if valid. ----

    /// <summary>
    /// What <c>validate</c> writes for the input, with its summary line ("1 of 2 manifests invalid, 2 problems.")
    /// ending in <paramref name="ending"/> instead of the full stop.
    /// </summary>
    private static async Task<string> ValidationDiagnosticsAsync(string stdin, string ending)
    {
        var validate = await ToolRunner.RunWithInputAsync(stdin, "validate", "-");
        Assert.Equal(1, validate.ExitCode);
        Assert.Matches("\n1 of 2 manifests invalid, [0-9]+ problems?\\.\n$", validate.StdErr);
        return validate.StdErr[..^2] + ending + "\n";
    }

    private static string FirstDocument(string stream) => stream[..stream.IndexOf("\n---\n", StringComparison.Ordinal)] + "\n";

    [Fact]
    public async Task Explain_CronJobWithStepZeroSchedule_IsReportedNotExplainedAndExitsOne()
    {
        var stdin = Corpus("invalid-schedule.yaml");
        var diagnostics = await ValidationDiagnosticsAsync(stdin, "; invalid manifests are not explained.");
        var jobAlone = await ToolRunner.RunWithInputAsync(FirstDocument(stdin), "explain", "-");

        var result = await ToolRunner.RunWithInputAsync(stdin, "explain", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("spec.schedule", diagnostics, StringComparison.Ordinal);
        Assert.Equal(diagnostics, result.StdErr);
        Assert.Equal(0, jobAlone.ExitCode);
        Assert.Equal(jobAlone.StdOut, result.StdOut);
        Assert.DoesNotContain("*/0", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("every-zero-minutes", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_OnlyInvalidManifests_WritesNothingToStandardOutputAndExitsOne()
    {
        var stdin = Corpus("invalid-schedule.yaml");
        var cronJobAlone = stdin[(stdin.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];

        var result = await ToolRunner.RunWithInputAsync(cronJobAlone, "explain", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        Assert.Matches("^<stdin>:[0-9]+:[0-9]+: error JS[0-9]+: spec\\.schedule: ", result.StdErr);
        Assert.Matches("\n1 of 1 manifests invalid, [0-9]+ problems?; invalid manifests are not explained\\.\n$", result.StdErr);
    }

    [Fact]
    public async Task Lint_InvalidJob_ReportsValidationErrorsLintsTheValidOneAndExitsOne()
    {
        var stdin = Corpus("invalid-job.yaml");
        var diagnostics = await ValidationDiagnosticsAsync(stdin, "; invalid manifests are not linted.");
        var goodAlone = await ToolRunner.RunWithInputAsync(FirstDocument(stdin), "lint", "-");

        var result = await ToolRunner.RunWithInputAsync(stdin, "lint", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(diagnostics, result.StdErr);
        Assert.Equal(0, goodAlone.ExitCode);
        Assert.Contains("<stdin>:", goodAlone.StdOut, StringComparison.Ordinal);
        Assert.Equal(goodAlone.StdOut, result.StdOut);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public async Task Lint_InvalidJobAsJsonOrSarif_KeepsStandardOutputOneValidDocument(string format)
    {
        var stdin = Corpus("invalid-job.yaml");
        var diagnostics = await ValidationDiagnosticsAsync(stdin, "; invalid manifests are not linted.");
        var goodAlone = await ToolRunner.RunWithInputAsync(FirstDocument(stdin), "lint", "--format", format, "-");

        var result = await ToolRunner.RunWithInputAsync(stdin, "lint", "--format", format, "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(diagnostics, result.StdErr);
        using var document = JsonDocument.Parse(result.StdOut);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        Assert.Equal(goodAlone.StdOut, result.StdOut);
    }
}
