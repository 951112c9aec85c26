using JobSharp.Cli.Tests.Support;
using JobSharp.Testing.Fakes;

namespace JobSharp.Cli.Tests.Commands;

/// <summary>One program, several environments: each rendered to its own folder, selected with --env, linted and deployed alone.</summary>
public sealed class EnvironmentTests
{
    private static readonly ConfigMap DevConfig = ConfigMap.Create("report-config").InNamespace("data").WithData("DB_HOST", "db.dev");

    // Prod's ConfigMap lacks the key the Job reads: lint finds it in prod only.
    private static readonly ConfigMap ProdConfig = ConfigMap.Create("report-config").InNamespace("data").WithData("DB_URL", "postgres://db.prod");

    private static Job Report(string image, string @namespace = "data") => Job.Create("report").InNamespace(@namespace)
        .WithTtlAfterFinished(TimeSpan.FromHours(1))
        .WithActiveDeadline(TimeSpan.FromMinutes(10))
        .WithLabel("team", "reports")
        .AddContainer("report", image, c => c.WithEnv("DB_HOST", ConfigMapRef.Named("report-config").Key("DB_HOST")));

    private static JobSharpApp App(bool withProd = true)
    {
        var app = new JobSharpApp()
            .WithCommonLabel("app.kubernetes.io/part-of", "reports")
            .WithCommonLabel("team", "platform")
            .WithCommonAnnotation("example.com/cost-centre", "cc-42")
            .AddEnvironment("dev", dev => dev.WithKubeContext("fake").WithCommonLabel("environment", "dev").Add(DevConfig).Add(Report("acme/report:dev")));
        return withProd
            ? app.AddEnvironment("prod", prod => prod.WithKubeContext("prod-eu").WithCommonLabel("environment", "prod").Add(ProdConfig).Add(Report("acme/report:1.0")))
            : app;
    }

    [Fact]
    public async Task RenderToFolder_WritesEachEnvironmentIntoItsOwnFolder()
    {
        using var folder = new TempFolder();

        var result = await CliRunner.RunAsync(App(), "render", "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["dev/.jobsharp-generated.sha256", "dev/data/report-config.configmap.yaml", "dev/data/report.job.yaml",
             "prod/.jobsharp-generated.sha256", "prod/data/report-config.configmap.yaml", "prod/data/report.job.yaml"],
            folder.AllFiles());
        Assert.Contains("image: acme/report:1.0", File.ReadAllText(folder.File("prod", "data", "report.job.yaml")), StringComparison.Ordinal);
        Assert.Contains("image: acme/report:dev", File.ReadAllText(folder.File("dev", "data", "report.job.yaml")), StringComparison.Ordinal);
        Assert.Equal(0, (await CliRunner.RunAsync(App(), "render", "-o", folder.Path, "--check")).ExitCode);
    }

    [Fact]
    public async Task CommonMetadata_IsOnEveryObjectAndPod_AndTheMostSpecificValueWins()
    {
        var result = await CliRunner.RunAsync(App(), "render", "--env", "prod");

        Assert.Equal(0, result.ExitCode);
        const string Labels = "    app.kubernetes.io/part-of: reports\n    environment: prod\n    team: reports\n";
        Assert.Equal(
            "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: report\n  namespace: data\n  labels:\n" + Labels
            + "  annotations:\n    example.com/cost-centre: cc-42\n",
            JobDocument(result.StdOut)[..JobDocument(result.StdOut).IndexOf("spec:", StringComparison.Ordinal)]);
        Assert.Contains(
            "    metadata:\n      labels:\n        app.kubernetes.io/part-of: reports\n        environment: prod\n        team: platform\n"
            + "      annotations:\n        example.com/cost-centre: cc-42\n",
            JobDocument(result.StdOut),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task CronJob_GetsCommonMetadataOnItsJobTemplateAndPodTemplateToo()
    {
        var app = new JobSharpApp().WithCommonLabel("cost", "cc-1").Add(Report("acme/report:1").ToCronJob("0 3 * * *"));

        var yaml = (await CliRunner.RunAsync(app, "render")).StdOut;

        Assert.Equal(3, yaml.Split("cost: cc-1").Length - 1);
    }

    [Fact]
    public async Task RenderToStandardOutput_WithSeveralEnvironments_AsksForOne()
    {
        var result = await CliRunner.RunAsync(App(), "render");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        Assert.StartsWith("error: render works on one environment, and this program defines 2 (dev, prod): name one with --env dev, or render each into its own folder with -o DIR.\n", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownEnvironment_IsAUsageErrorWithTheNearestName()
    {
        var result = await CliRunner.RunAsync(App(), "validate", "--env", "prd");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--env: \"prd\" is not one of dev, prod; did you mean prod?", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgramWithoutEnvironments_HasNoEnvOption()
    {
        var result = await CliRunner.RunAsync(new JobSharpApp().Add(Report("a:1")), "render", "--env", "dev");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--env", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderOneEnvironmentWithPrune_LeavesTheOtherEnvironmentsAlone()
    {
        using var folder = new TempFolder();
        await CliRunner.RunAsync(App(), "render", "-o", folder.Path);
        var devOnly = new JobSharpApp().AddEnvironment("dev", d => d.Add(DevConfig)).AddEnvironment("prod", p => p.Add(Report("acme/report:1.0")));

        var result = await CliRunner.RunAsync(devOnly, "render", "-o", folder.Path, "--env", "dev", "--prune");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"deleted {ManifestPath(folder, "dev", "data", "report.job.yaml")}", result.StdOut, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File("prod", "data", "report.job.yaml")));
    }

    [Fact]
    public async Task EnvironmentNoLongerDefined_IsStaleForCheck_AndPruned()
    {
        using var folder = new TempFolder();
        await CliRunner.RunAsync(App(), "render", "-o", folder.Path);

        var check = await CliRunner.RunAsync(App(withProd: false), "render", "-o", folder.Path, "--check");
        var prune = await CliRunner.RunAsync(App(withProd: false), "render", "-o", folder.Path, "--prune");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{ManifestPath(folder, "prod", "data", "report.job.yaml")}: error JS2904: stale", check.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, prune.ExitCode);
        Assert.False(File.Exists(folder.File("prod", "data", "report.job.yaml")));
        Assert.Equal(0, (await CliRunner.RunAsync(App(withProd: false), "render", "-o", folder.Path, "--check")).ExitCode);
    }

    [Fact]
    public async Task DuplicateWithinOneEnvironment_IsAnErrorNamingIt()
    {
        var app = new JobSharpApp().AddEnvironment("dev", d => d.Add(Report("a:1")).Add(Report("a:2")));

        var result = await CliRunner.RunAsync(app, "render", "--env", "dev");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("job/report (namespace data, environment dev) is defined twice (manifest #1 added to environment dev and manifest #2 added to environment dev)", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NamesTheEnvironmentOfAnInvalidObject()
    {
        var app = new JobSharpApp()
            .AddEnvironment("dev", d => d.Add(Report("acme/report:dev")))
            .AddEnvironment("prod", p => p.Add(Report("acme/report:1.0").AddContainer("Bad_Name", "busybox:1.36")));

        var result = await CliRunner.RunAsync(app, "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("job/report (namespace data, environment prod): error ", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("environment dev", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_ChecksEnvRefsAgainstTheConfigMapsOfTheSameEnvironmentOnly()
    {
        var result = await CliRunner.RunAsync(App(), "lint");
        var json = await CliRunner.RunAsync(App(), "lint", "-f", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("job/report (namespace data, environment prod): error JS4018: ", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("environment dev): error JS4018", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"environment\": \"prod\"", json.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_PutsEachEnvironmentUnderItsOwnHeading()
    {
        var result = await CliRunner.RunAsync(App(), "explain");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Environment dev\n\n# Job report in namespace data", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("\n# Environment prod\n\n# Job report in namespace data", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClusterVerbs_NeedOneEnvironment_AndUseItsKubeContext()
    {
        await using var server = await FakeApiServer.StartAsync(new FakeApiServerOptions { Namespaces = ["data"] });
        using var folder = new TempFolder();
        var kubeconfig = server.WriteKubeconfig(folder.Path, "fake", "data");

        var all = await CliRunner.RunAsync(App(), "apply", "--kubeconfig", kubeconfig);
        var dev = await CliRunner.RunAsync(App(), "apply", "--env", "dev", "--kubeconfig", kubeconfig);
        var prod = await CliRunner.RunAsync(App(), "apply", "--env", "prod", "--kubeconfig", kubeconfig);
        var overridden = await CliRunner.RunAsync(App(), "status", "--env", "prod", "--context", "fake", "--kubeconfig", kubeconfig);

        Assert.Equal(2, all.ExitCode);
        Assert.StartsWith("error: apply works on one environment, and this program defines 2 (dev, prod): name one with --env dev.\n", all.StdErr, StringComparison.Ordinal);
        Assert.Equal((0, "job.batch/report created\n"), (dev.ExitCode, dev.StdOut));
        Assert.Equal(2, prod.ExitCode);
        Assert.Contains("prod-eu", prod.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, overridden.ExitCode);
        Assert.Contains("report", overridden.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void MixingProgramManifestsAndEnvironments_IsRefusedAtTheCall()
    {
        var withEnvironment = new JobSharpApp().AddEnvironment("dev", _ => { });
        var withManifest = new JobSharpApp().Add(Report("a:1"));

        var add = Assert.Throws<InvalidOperationException>(() => withEnvironment.Add(Report("a:1")));
        Assert.Throws<InvalidOperationException>(() => withManifest.AddEnvironment("dev", _ => { }));
        Assert.Contains("add job/report (namespace data) to each environment it belongs to", add.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => withEnvironment.AddEnvironment("dev", _ => { }));
    }

    [Theory]
    [InlineData("Prod")]
    [InlineData("")]
    [InlineData("../prod")]
    public void EnvironmentName_MustBeAFolderNameEverywhere(string name) =>
        Assert.Throws<ArgumentException>(() => new DeploymentEnvironment(name));

    [Fact]
    public void CommonLabel_TheApiServerWouldRefuse_IsRefusedAtTheCall()
    {
        var key = Assert.Throws<ArgumentException>(() => new JobSharpApp().WithCommonLabel("bad key", "x"));
        var value = Assert.Throws<ArgumentException>(() => new DeploymentEnvironment("dev").WithCommonLabel("team", "has space"));

        Assert.StartsWith("\"bad key\" is not a valid label key", key.Message, StringComparison.Ordinal);
        Assert.StartsWith("\"has space\" is not a valid label value", value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToModels_AppliesTheProgramsMetadataOnceTheEnvironmentIsAdded()
    {
        var environment = new DeploymentEnvironment("dev").WithCommonLabel("environment", "dev").Add(Report("a:1"));
        new JobSharpApp().WithCommonLabel("app.kubernetes.io/part-of", "reports").AddEnvironment(environment);

        var labels = environment.ToModels()[0].Metadata.Labels;

        Assert.Equal("reports", labels["app.kubernetes.io/part-of"]);
        Assert.Equal("dev", labels["environment"]);
        Assert.Throws<ArgumentException>(() => new JobSharpApp().AddEnvironment(environment));
    }

    // The Job's document of a rendered environment (its ConfigMap comes first).
    private static string JobDocument(string yaml) => yaml[yaml.IndexOf("apiVersion: batch/v1", StringComparison.Ordinal)..];

    private static string ManifestPath(TempFolder folder, params string[] parts) =>
        JobSharp.Cli.Output.ManifestDirectory.Display(folder.File(parts));
}
