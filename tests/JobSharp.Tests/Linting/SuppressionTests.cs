using JobSharp.Linting;
using static JobSharp.Tests.Linting.LintManifests;
using SeedJobs;

namespace JobSharp.Tests.Linting;

public sealed class SuppressionTests
{
    [Fact]
    public void Lint_AnnotationWithReason_MovesTheFindingToSuppressed()
    {
        var job = Job(j => { j.Spec.TtlSecondsAfterFinished = null; LintRuleCases.Suppress(j, "JS4001: the release pipeline deletes it"); });

        var report = Linter.Lint([job]);

        Assert.Empty(report.Findings);
        var suppressed = Assert.Single(report.Suppressed);
        Assert.Equal("JS4001", suppressed.Finding.RuleId);
        Assert.Equal("the release pipeline deletes it", suppressed.Reason);
    }

    [Fact]
    public void Lint_AnnotationWithoutReason_KeepsTheFindingAndReportsJS4021()
    {
        var job = Job(j => { j.Spec.TtlSecondsAfterFinished = null; LintRuleCases.Suppress(j, "JS4001"); });

        var report = Linter.Lint([job]);

        Assert.Contains(report.Findings, f => f.RuleId == "JS4001");
        var problem = Assert.Single(report.Findings, f => f.RuleId == "JS4021");
        Assert.Equal("metadata.annotations[lint.jobsharp.io/suppress]", problem.Path);
        Assert.Empty(report.Suppressed);
    }

    [Fact]
    public void Lint_SeveralSuppressions_ReasonsMayContainCommas()
    {
        var job = Job(j =>
        {
            j.Spec.TtlSecondsAfterFinished = null;
            j.Spec.ActiveDeadlineSeconds = null;
            LintRuleCases.Suppress(j, "JS4001: kept for audits, deleted by hand, js4002: the script times out itself");
        });

        var report = Linter.Lint([job]);

        Assert.Empty(report.Findings);
        Assert.Equal(
            [("JS4001", "kept for audits, deleted by hand"), ("JS4002", "the script times out itself")],
            report.Suppressed.Select(s => (s.Finding.RuleId, s.Reason)));
    }

    [Fact]
    public void Lint_TextThatIsNoSuppression_ReportsJS4022()
    {
        var job = Job(j => LintRuleCases.Suppress(j, "please ignore ttl"));

        var report = Linter.Lint([job]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("JS4022", finding.RuleId);
        Assert.Contains("please ignore ttl", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_CronJobSuppression_AppliesToItsJobTemplateFindings()
    {
        var cron = CronJob(c =>
        {
            c.Spec.ConcurrencyPolicy = null;
            c.Metadata.Annotations = new Dictionary<string, string> { [LintSuppression.AnnotationKey] = "JS4016: the report is safe to overlap" };
        });

        var report = Linter.Lint([cron]);

        Assert.Empty(report.Findings);
        Assert.Equal("JS4016", Assert.Single(report.Suppressed).Finding.RuleId);
    }

    [Fact]
    public void SuppressLint_AddsTheAnnotationThatTheLinterHonours()
    {
        var job = SeedJobDefinitions.Hello
            .SuppressLint("JS4001", "deleted by the smoke-test script")
            .SuppressLint("js4004", "busybox is only a smoke test");

        var annotations = job.ToModel().Metadata.Annotations;
        var report = Linter.Lint(job);

        Assert.Equal("JS4001: deleted by the smoke-test script, JS4004: busybox is only a smoke test", annotations[LintSuppression.AnnotationKey]);
        Assert.DoesNotContain(report.Findings, f => f.RuleId is "JS4001" or "JS4004");
        Assert.Equal(["JS4001", "JS4004"], report.Suppressed.Select(s => s.Finding.RuleId));
    }

    [Fact]
    public void SuppressLint_LeavesTheOriginalJobUnchanged()
    {
        var original = SeedJobDefinitions.Hello;

        _ = original.SuppressLint("JS4001", "reason");

        Assert.Null(original.ToModel().Metadata.Annotations);
    }

    [Fact]
    public void SuppressLint_BuildsNoModel_RunsNoCustomizeLambda()
    {
        var builds = 0;
        var job = SeedJobDefinitions.Hello.Customize(_ => builds++);

        job = job.SuppressLint("JS4001", "deleted by the smoke-test script").SuppressLint("JS4004", "a smoke test");

        Assert.Equal(0, builds);
        Assert.Equal("JS4001: deleted by the smoke-test script, JS4004: a smoke test", job.Annotations[LintSuppression.AnnotationKey]);
    }

    [Fact]
    public void SuppressLint_AnnotationSetWithTheDsl_Appended()
    {
        var job = SeedJobDefinitions.Hello.WithAnnotation(LintSuppression.AnnotationKey, " JS4001: set by hand ");

        job = job.SuppressLint("JS4004", "a smoke test");

        Assert.Equal("JS4001: set by hand, JS4004: a smoke test", job.ToModel().Metadata.Annotations[LintSuppression.AnnotationKey]);
    }

    [Theory]
    [InlineData("JS4001", "")]
    [InlineData("JS4001", "   ")]
    [InlineData("JS9999", "a reason")]
    [InlineData("ttl", "a reason")]
    [InlineData("JS4001", "same as JS4002")]
    public void SuppressLint_WithoutReasonOrKnownRule_Throws(string ruleId, string reason)
    {
        Assert.Throws<ArgumentException>(() => SeedJobDefinitions.Hello.SuppressLint(ruleId, reason));
    }

    [Fact]
    public void SuppressLint_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SeedJobDefinitions.Hello.SuppressLint(null!, "reason"));
        Assert.Throws<ArgumentNullException>(() => SeedJobDefinitions.Hello.SuppressLint("JS4001", null!));
        Assert.Throws<ArgumentNullException>(() => LintSuppression.SuppressLint<Job>(null!, "JS4001", "reason"));
    }
}
