using JobSharp.KubernetesRules;
using JobSharp.Linting;
using k8s.Models;

namespace JobSharp.Tests.Linting;

public sealed class DetectionTests
{
    [Theory]
    [InlineData("DB_PASSWORD")]
    [InlineData("db-passwd")]
    [InlineData("apiKey")]
    [InlineData("API_KEY")]
    [InlineData("STRIPE_APIKEY")]
    [InlineData("GITHUB_TOKEN")]
    [InlineData("privateKey")]
    [InlineData("PRIVATE_KEY")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("OAUTH_CLIENT_SECRET")]
    [InlineData("GOOGLE_APPLICATION_CREDENTIALS_JSON")]
    [InlineData("credentials")]
    [InlineData("PGPASSWORD")]
    [InlineData("DB_PWD")]
    [InlineData("MYSQL_PWD")]
    [InlineData("GHTOKEN")]
    public void LooksLikeCredential_CredentialNames_True(string name)
    {
        Assert.True(CredentialNames.LooksLikeCredential(name));
    }

    [Theory]
    [InlineData("PASSWORD_FILE")]
    [InlineData("TOKEN_PATH")]
    [InlineData("SECRET_NAME")]
    [InlineData("PWD")]
    [InlineData("DB_HOST")]
    [InlineData("TOKENIZER_MODEL")]
    [InlineData("KEYCLOAK_REALM")]
    [InlineData("SECRETARY")]
    [InlineData("OLDPWD")]
    [InlineData("TOKEN_URL")]
    [InlineData("")]
    public void LooksLikeCredential_OtherNames_False(string name)
    {
        Assert.False(CredentialNames.LooksLikeCredential(name));
    }

    [Theory]
    [InlineData("postgres://app:pw@db/app", "postgres://app:****@db/app")]
    [InlineData("postgres://app:p@ss@db:5432/app?sslmode=require", "postgres://app:****@db:5432/app?sslmode=require")]
    [InlineData("psql mysql://u:a@b/x https://host:8080/a@b", "psql mysql://u:****@b/x https://host:8080/a@b")]
    [InlineData("https://user@host/x", "https://user@host/x")]
    [InlineData("postgres://app:@db/app", "postgres://app:@db/app")]
    [InlineData("no url: a:b@c", "no url: a:b@c")]
    public void MaskUrlPasswords_MasksOnlyThePassword(string text, string masked)
    {
        Assert.Equal(masked, CredentialValues.MaskUrlPasswords(text));
        Assert.Equal(!string.Equals(text, masked, StringComparison.Ordinal), CredentialValues.HasUrlPassword(text));
    }

    [Theory]
    [InlineData("$(DB_PASSWORD)", false)]
    [InlineData("", false)]
    [InlineData("hunter2", true)]
    public void Lint_CredentialLiteral_OnlyRealValuesAreErrors(string value, bool reported)
    {
        var job = LintManifests.Job(j => j.MainContainer().Env = [new V1EnvVar { Name = "DB_PASSWORD", Value = value }]);

        var report = Linter.Lint([job]);

        Assert.Equal(reported, report.Findings.Any(f => f.RuleId == "JS4006"));
        Assert.DoesNotContain(report.Findings, f => f.Message.Contains("hunter2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("busybox", true)]
    [InlineData("busybox:latest", true)]
    [InlineData("registry.example:5000/team/app", true)]
    [InlineData("busybox:latest@sha256:0123456789abcdef", false)]
    [InlineData("busybox@sha256:0123456789abcdef", false)]
    [InlineData("registry.example:5000/team/app:1.2", false)]
    public void Lint_Image_MutableUnlessTaggedOrPinned(string image, bool reported)
    {
        var report = Linter.Lint([LintManifests.Job(j => j.MainContainer().Image = image)]);

        Assert.Equal(reported, report.Findings.Any(f => f.RuleId == "JS4004"));
    }

    [Theory]
    [InlineData("db-migration", null)]
    [InlineData("schema-update", "flyway migrate")]
    [InlineData("schema-update", "liquibase update")]
    [InlineData("schema-update", "alembic upgrade head")]
    [InlineData("schema-update", "node migrate.js")]
    [InlineData("schema-update", "dotnet ef database update")]
    public void Lint_MigrationByNameOrCommand_WithParallelism_IsAnError(string name, string? script)
    {
        var job = LintManifests.Job(j =>
        {
            j.Metadata.Name = name;
            j.Spec.Parallelism = 2;
            j.Spec.Completions = 4;
            if (script is not null)
            {
                j.MainContainer().Command = ["sh", "-c", script];
            }
        });

        var report = Linter.Lint([job]);

        Assert.Contains(report.Findings, f => f.RuleId == "JS4007" && f.Severity == LintSeverity.Error);
    }

    [Fact]
    public void Lint_OrdinaryBatchJob_IsNoMigration()
    {
        var job = LintManifests.Job(j => { j.Metadata.Name = "report"; j.Spec.Parallelism = 2; j.Spec.Completions = 4; });

        var report = Linter.Lint([job]);

        Assert.DoesNotContain(report.Findings, f => f.RuleId is "JS4007" or "JS4008");
    }

    [Fact]
    public void Lint_MigrationWithNeverButPodReplacementFailed_IsFine()
    {
        var job = LintManifests.Job(j => { j.Metadata.Name = "db-migration"; j.Spec.PodReplacementPolicy = "Failed"; });

        var report = Linter.Lint([job]);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "JS4008");
    }
}
