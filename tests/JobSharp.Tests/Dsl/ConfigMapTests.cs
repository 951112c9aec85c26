using JobSharp.Linting;
using JobSharp.Validation;

namespace JobSharp.Tests.Dsl;

public sealed class ConfigMapTests
{
    private static readonly ConfigMap Config = ConfigMap.Create("mysql-config").InNamespace("shop")
        .WithData("DB_HOST", "mysql.shop")
        .WithData("DB_PORT", "3306");

    [Fact]
    public void Key_OfAnEntry_IsATypedReference()
    {
        var key = Config.Key("DB_HOST");

        Assert.Equal(("mysql-config", "DB_HOST"), (key.ConfigMap.Name, key.Key));
    }

    [Fact]
    public void Key_NotInTheConfigMap_FailsWhereItIsWritten()
    {
        var error = Assert.Throws<ArgumentException>(() => Config.Key("DB_HOTS"));

        Assert.StartsWith("The ConfigMap 'mysql-config' has no key 'DB_HOTS' (it has: DB_HOST, DB_PORT).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithData_InvalidKey_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Config.WithData("db/host", "x"));

        Assert.StartsWith("'db/host' is not a valid ConfigMap key: a valid config key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_RendersAConfigMapInCanonicalOrder()
    {
        var yaml = Config.WithLabel("team", "data").WithoutData("DB_PORT").ToYaml();

        Assert.Equal(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: mysql-config
              namespace: shop
              labels:
                team: data
            data:
              DB_HOST: mysql.shop

            """,
            yaml);
    }

    [Fact]
    public void ConvertsToAReference_ForEnvFromAndVolumes()
    {
        var model = Container.Create("app", "busybox:1.36")
            .AddEnvFrom(Config)
            .AddVolumeMount(Volume.FromConfigMap("config", Config), "/etc/app")
            .ToModel();

        Assert.Equal("mysql-config", model.EnvFrom[0].ConfigMapRef.Name);
    }

    [Fact]
    public void Build_InvalidName_ListsTheProblem()
    {
        var error = Assert.Throws<ManifestValidationException>(() => ConfigMap.Create("Bad_Name").Build());

        Assert.Equal("metadata.name", Assert.Single(error.Issues).Path);
    }

    [Fact]
    public void Lint_EnvRefToAKeyTheConfigMapLacks_IsReported()
    {
        var job = Job.Create("migrate").InNamespace("shop").WithTtlAfterFinished(TimeSpan.FromHours(1))
            .AddContainer("migrate", "busybox:1.36", c => c.WithEnv("DB_USER", ConfigMapRef.Named("mysql-config").Key("DB_USER")));

        var report = Linter.Lint([job, Config]);

        Assert.Contains(report.Findings, f => f.RuleId == "JS4018" && f.Message.Contains("DB_USER", StringComparison.Ordinal));
    }
}
