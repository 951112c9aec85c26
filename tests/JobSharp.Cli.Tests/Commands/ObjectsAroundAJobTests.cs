using JobSharp.Cli.Tests.Support;
using k8s.Models;

namespace JobSharp.Cli.Tests.Commands;

/// <summary>A program defines a ConfigMap beside the Job that reads it: rendered with it, linted against it.</summary>
public sealed class ObjectsAroundAJobTests
{
    private static readonly ConfigMap Config = ConfigMap.Create("mysql-config").InNamespace("shop").WithData("DB_HOST", "mysql.shop");

    private static Job Migration(EnvSource host) => Job.Create("migrate").InNamespace("shop")
        .WithTtlAfterFinished(TimeSpan.FromHours(1))
        .WithActiveDeadline(TimeSpan.FromMinutes(10))
        .AddContainer("migrate", "acme/migrate:1.4", c => c.WithEnv("DB_HOST", host));

    [Fact]
    public async Task Render_WritesTheConfigMapBesideTheJob()
    {
        using var folder = new TempFolder();
        var app = new JobSharpApp().Add(Config).Add(Migration(Config.Key("DB_HOST")));

        var result = await CliRunner.RunAsync(app, "render", "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([".jobsharp-generated.sha256", "shop/migrate.job.yaml", "shop/mysql-config.configmap.yaml"], folder.AllFiles());
        Assert.Equal(Config.ToYaml(), File.ReadAllText(folder.File("shop", "mysql-config.configmap.yaml")));
    }

    [Fact]
    public async Task Lint_ReportsAnEnvRefToAKeyTheConfigMapInTheProgramLacks()
    {
        var app = new JobSharpApp().Add(Config).Add(Migration(ConfigMapRef.Named("mysql-config").Key("DB_USER")));

        var result = await CliRunner.RunAsync(app, "lint");

        Assert.Contains("JS4018", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("DB_USER", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Render_AnyModelObject_IsWrittenWithTheJobsRules_AndCopiedWhenAdded()
    {
        using var folder = new TempFolder();
        var account = new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = new V1ObjectMeta { Name = "migrator", NamespaceProperty = "shop" } };
        var app = new JobSharpApp().Add(account).Add(Config).Add(Migration(Config.Key("DB_HOST")));
        account.Metadata.Name = "changed-later";

        var result = await CliRunner.RunAsync(app, "render", "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: migrator\n  namespace: shop\n",
            File.ReadAllText(folder.File("shop", "migrator.serviceaccount.yaml")));
        Assert.Equal(0, (await CliRunner.RunAsync(app, "validate")).ExitCode);
    }

    // A ConfigMap model built without the DSL, with a key the API server refuses ("a b" is not a file name).
    private static V1ConfigMap InvalidConfigMap() => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta { Name = "broken", NamespaceProperty = "shop" },
        Data = new Dictionary<string, string> { ["a b"] = "x" },
    };

    [Fact]
    public async Task Render_AnInvalidConfigMapModel_IsRefusedAndNothingIsWritten()
    {
        using var folder = new TempFolder();
        var app = new JobSharpApp().Add(InvalidConfigMap()).Add(Migration(Config.Key("DB_HOST")));

        var result = await CliRunner.RunAsync(app, "render", "-o", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("JS1601", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("configmap/broken (namespace shop)", result.StdErr, StringComparison.Ordinal);
        Assert.Empty(folder.AllFiles());
    }

    [Fact]
    public async Task Validate_ChecksConfigMaps_AndPassesOverOtherKinds()
    {
        var account = new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = new V1ObjectMeta { Name = "migrator", NamespaceProperty = "shop" } };
        var invalid = await CliRunner.RunAsync(new JobSharpApp().Add(account).Add(InvalidConfigMap()).Add(Migration(Config.Key("DB_HOST"))), "validate");
        var valid = await CliRunner.RunAsync(new JobSharpApp().Add(account).Add(Config).Add(Migration(Config.Key("DB_HOST"))), "validate");

        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains("JS1601", invalid.StdErr, StringComparison.Ordinal);
        Assert.EndsWith("1 of 2 manifests invalid, 1 problem.\n", invalid.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, valid.ExitCode);
        Assert.Equal("2 manifests valid.\n", valid.StdOut);
        Assert.Equal("passed over 1 other object (ServiceAccount); validate checks Jobs, CronJobs and ConfigMaps only\n", valid.StdErr);
    }

    [Fact]
    public void Add_ModelWithoutKind_IsRefusedAtTheCall()
    {
        var error = Assert.Throws<ArgumentException>(() => new JobSharpApp().Add(new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "x" } }));

        Assert.StartsWith("Set apiVersion and kind on the V1ServiceAccount", error.Message, StringComparison.Ordinal);
    }
}
