using JobSharp.Linting;
using SeedJobs;

namespace JobSharp.Tests.Linting;

public sealed class SeedLintTests
{
    public static TheoryData<string> SeedNames => ["hello-job", "db-migration", "batch-processor"];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Lint_SeedJob_MatchesReviewedSnapshot(string name)
    {
        var job = SeedJobDefinitions.All.Single(j => j.Name == name);

        var report = Linter.Lint(job);

        Snapshot.Match(Repository.Path("tests", "JobSharp.Tests", "Linting", "Snapshots", $"{name}.verified.txt"), string.Concat(report.Findings.Select(f => f + "\n")));
    }

    [Fact]
    public void Lint_SeedJobs_FlagTheSeedsOwnCleanupNote()
    {
        // The seed: "Completed Jobs and their Pods aren't deleted automatically — set ttlSecondsAfterFinished".
        var report = Linter.Lint(SeedJobDefinitions.All.Select(j => (object)j.ToModel()));

        Assert.Equal(3, report.Findings.Count(f => f.RuleId == LintRules.JobWithoutTtl.Id));
    }

    [Fact]
    public void Lint_DbMigration_FollowsTheSeedsOnFailureAdvice()
    {
        // The seed: "For migrations, OnFailure is safer since it avoids running the script twice in parallel."
        var report = Linter.Lint(SeedJobDefinitions.Migration);

        Assert.DoesNotContain(report.Findings, f => f.RuleId is "JS4007" or "JS4008");
        Assert.DoesNotContain(report.Findings, f => f.RuleId == LintRules.LiteralCredential.Id);
    }

    [Fact]
    public void Lint_DbMigrationWithRestartNever_ReportsTheSeedsAdvice()
    {
        var report = Linter.Lint(SeedJobDefinitions.Migration.WithRestartPolicy(JobRestartPolicy.Never));

        var finding = Assert.Single(report.Findings, f => f.RuleId == LintRules.MigrationRestartNever.Id);
        Assert.Equal("spec.template.spec.restartPolicy", finding.Path);
        Assert.Contains("name \"db-migration\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_SeedJobs_HaveNoErrors()
    {
        var report = Linter.Lint(SeedJobDefinitions.All.Select(j => (object)j.ToModel()));

        Assert.False(report.HasErrors);
    }
}
