using JobSharp.Cli.Explain;

namespace JobSharp.Cli.Tests.Explain;

public sealed class ExplainRendererSeedTests
{
    [Theory]
    [InlineData("hello-job")]
    [InlineData("db-migration")]
    [InlineData("batch-processor")]
    public void Render_SeedJob_MatchesReviewedSnapshot(string name)
    {
        var markdown = ExplainRenderer.Render([SeedManifests.Load(name)]);

        Snapshot.Match(ExplainSnapshots.Path(name), markdown);
    }

    [Fact]
    public void Render_BatchProcessor_SaysWhatTheSeedSays()
    {
        var markdown = ExplainRenderer.Render([SeedManifests.Load("batch-processor")]);

        // The seed: "Kubernetes runs 2 Pods at a time until 5 successful completions are recorded."
        Assert.Contains("It runs 2 pods at a time until 5 have succeeded", markdown, StringComparison.Ordinal);
        // The seed: "Completed Jobs and their Pods aren't deleted automatically".
        Assert.Contains("the Job and its pods stay until deleted", markdown, StringComparison.Ordinal);
        // The seed: "Jobs guarantee at-least-once execution, not exactly-once".
        Assert.Contains("at-least-once execution, not exactly-once", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DbMigration_NamesConfigMapAndSecretKeys()
    {
        var markdown = ExplainRenderer.Render([SeedManifests.Load("db-migration")]);

        Assert.Contains("`DB_HOST` (container `migrate`): key `DB_HOST` of ConfigMap `mysql-config`", markdown, StringComparison.Ordinal);
        Assert.Contains("`DB_PASSWORD` (container `migrate`): key `MYSQL_ROOT_PASSWORD` of Secret `mysql-secret`", markdown, StringComparison.Ordinal);
        Assert.Contains("with `backoffLimit: 3`", markdown, StringComparison.Ordinal);
    }
}
