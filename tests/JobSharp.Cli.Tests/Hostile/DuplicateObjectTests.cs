using JobSharp.Cli.Tests.Support;
using JobSharp.Cli.Tests.Tool;
using JobSharp.Validation;

namespace JobSharp.Cli.Tests.Hostile;

/// <summary>
/// Issue "Trust", cases 1 and 15: two objects of the same kind, namespace and name are an error in every verb
/// (one diagnostic naming both places, exit 1, nothing written); objects with only generateName cannot be rendered
/// to a folder or applied; objects defined in code are named with their namespace everywhere.
/// </summary>
public sealed class DuplicateObjectTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> OfflineVerbs => ["validate", "render", "lint", "explain"];

    public static TheoryData<string> ClusterVerbs => ["apply", "diff", "status", "logs", "delete"];

    [Theory]
    [MemberData(nameof(OfflineVerbs))]
    public async Task SameObjectTwiceInOneFile_IsOneErrorNamingBothPlaces(string verb)
    {
        var file = Corpus("same-name-twice.yaml");

        var result = await ToolRunner.RunAsync(verb, file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        Assert.Equal(
            $"{file}:17:3: error JS2905: job/report (namespace prod) is defined twice ({file}:4:3 and {file}:17:3); "
            + "every object needs its own kind, namespace and name, or render -o, apply and diff would keep only one of them\n",
            result.StdErr);
    }

    [Fact]
    public async Task SameObjectInTwoFiles_RenderToFolderWritesNothing()
    {
        var output = _folder.File("out");

        var result = await ToolRunner.RunAsync("render", Corpus("report-prod.yaml"), Corpus("same-name-twice.yaml"), "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"is defined twice ({Corpus("report-prod.yaml")}:5:3 and {Corpus("same-name-twice.yaml")}:4:3)", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task SameNameInTwoNamespaces_IsFineAndGivesTwoFiles()
    {
        var output = _folder.File("out");

        var result = await ToolRunner.RunAsync("render", Corpus("report-prod.yaml"), Corpus("report-staging.yaml"), "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "prod", "report.job.yaml")));
        Assert.True(File.Exists(Path.Combine(output, "staging", "report.job.yaml")));
    }

    [Theory]
    [MemberData(nameof(ClusterVerbs))]
    public async Task SameObjectTwice_ClusterVerbsStopBeforeConnecting(string verb)
    {
        var result = await ToolRunner.RunAsync(verb, Corpus("same-name-twice.yaml"), "--kubeconfig", _folder.File("no-such-kubeconfig"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error JS2905: job/report (namespace prod) is defined twice", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("JS3001", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameJobTwiceInCode_NamesBothDefinitions()
    {
        var job = Job.Create("report").InNamespace("prod").AddContainer("main", "busybox:1.36");
        var app = new JobSharpApp().Add(job).Add(job.InNamespace("dev")).Add(job.WithBackoffLimit(2));
        var output = _folder.File("out");

        var result = await CliRunner.RunAsync(app, "render", "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "job/report (namespace prod): error JS2905: job/report (namespace prod) is defined twice "
            + "(manifest #1 added to the program and manifest #3 added to the program); every object needs its own kind, "
            + "namespace and name, or render -o, apply and diff would keep only one of them\n",
            result.StdErr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task GenerateNameOnly_RendersToStandardOutputButNotToAFolder()
    {
        var output = _folder.File("out");

        var toStdout = await ToolRunner.RunAsync("render", Corpus("generate-name.yaml"));
        var toFolder = await ToolRunner.RunAsync("render", Corpus("generate-name.yaml"), "-o", output);

        Assert.Equal(0, toStdout.ExitCode);
        Assert.Equal(2, toStdout.StdOut.Split("generateName: report-").Length - 1);
        Assert.Equal(1, toFolder.ExitCode);
        Assert.Contains(
            "error JS2906: job/report-* (namespace prod) has no metadata.name, only generateName: render -o writes one file per name; set metadata.name",
            toFolder.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output), "no hidden .job.yaml is written");
    }

    [Fact]
    public async Task GenerateNameOnly_CannotBeApplied()
    {
        var result = await ToolRunner.RunAsync("apply", Corpus("generate-name.yaml"), "--kubeconfig", _folder.File("no-such-kubeconfig"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has no metadata.name, only generateName: the cluster verbs find an object by its name", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameNameInThreeNamespacesFromCode_DiagnosticsNameTheNamespace()
    {
        var job = Job.Create("report").AddContainer("main", "busybox:1.36").Customize(j => j.Spec.BackoffLimit = -1);
        var app = new JobSharpApp().Add(job.InNamespace("dev")).Add(job.InNamespace("staging")).Add(job.InNamespace("prod"));

        var result = await CliRunner.RunAsync(app, "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("job/report (namespace dev): error ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("\njob/report (namespace staging): error ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("\njob/report (namespace prod): error ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LintFindingOfACodeJob_NamesTheNamespace()
    {
        var app = new JobSharpApp().Add(Job.Create("report").InNamespace("prod").AddContainer("main", "busybox"));

        var result = await CliRunner.RunAsync(app, "lint");

        Assert.Contains("job/report (namespace prod): ", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InvalidJob_ExceptionNamesTheNamespace()
    {
        var job = Job.Create("report").InNamespace("prod").AddContainer("main", "busybox:1.36").Customize(j => j.Spec.BackoffLimit = -1);

        var exception = Assert.Throws<ManifestValidationException>(() => job.Build());

        Assert.StartsWith("job/report (namespace prod) is invalid (", exception.Message, StringComparison.Ordinal);
        Assert.Equal("prod", exception.Namespace);
    }

    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus", "output", name);
}
