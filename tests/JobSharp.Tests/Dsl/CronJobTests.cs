using JobSharp.Linting;
using JobSharp.Validation;

namespace JobSharp.Tests.Dsl;

public sealed class CronJobTests
{
    private static readonly Job Base = Job.Create("report").InNamespace("ops").AddContainer("main", "busybox:1.36");

    [Fact]
    public void ToCronJob_TakesTheJobsNameAndNamespace()
    {
        var cronJob = Base.ToCronJob("@daily");

        Assert.Equal(("report", "ops", "CronJob"), (cronJob.Name, cronJob.Namespace, ((IManifestSource)cronJob).Kind));
        Assert.Equal("cronjob/report (namespace ops)", cronJob.ToString());
    }

    [Fact]
    public void ToModel_JobTemplate_HasNoNameOrNamespace()
    {
        var model = Base.WithLabel("app", "r").ToCronJob("@daily").ToModel();

        Assert.Equal("app", Assert.Single(model.Spec.JobTemplate.Metadata.Labels).Key);
        Assert.Null(model.Spec.JobTemplate.Metadata.Name);
        Assert.Null(model.Spec.JobTemplate.Metadata.NamespaceProperty);
    }

    [Fact]
    public void Validate_NameLongerThan52_ReportsIt()
    {
        var result = Base.ToCronJob("@daily").WithName(new string('a', 53)).Validate();

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("metadata.name", ValidationIssueKind.Invalid), (issue.Path, issue.Kind));
    }

    [Fact]
    public void Build_ManualSelectorInTemplate_ThrowsListingBothProblems()
    {
        var cronJob = Base.WithManualSelector(LabelSelector.Matching("a", "b")).ToCronJob("@daily");

        var error = Assert.Throws<ManifestValidationException>(() => cronJob.Build());

        Assert.Equal(["spec.jobTemplate.spec.selector", "spec.jobTemplate.spec.manualSelector"], error.Issues.Select(i => i.Path));
    }

    [Fact]
    public void Validate_TemplateWithoutContainers_ReportsTheJobTemplatePath()
    {
        var result = CronJob.Create("empty", "@hourly", Job.Create("x")).Validate();

        Assert.Equal("spec.jobTemplate.spec.template.spec.containers", Assert.Single(result.Issues).Path);
    }

    [Fact]
    public void Validate_CustomizedBadSchedule_ReportsIt()
    {
        var result = Base.ToCronJob("@daily").Customize(c => c.Spec.Schedule = "0 0 * * * *").Validate();

        var issue = Assert.Single(result.Issues);
        Assert.Equal("spec.schedule", issue.Path);
        Assert.Contains("expected exactly 5 fields", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CustomizedNegativeLimitsAndBadPolicy_ReportsEach()
    {
        var result = Base.ToCronJob("@daily").Customize(c =>
        {
            c.Spec.StartingDeadlineSeconds = -1;
            c.Spec.SuccessfulJobsHistoryLimit = -1;
            c.Spec.FailedJobsHistoryLimit = -1;
            c.Spec.ConcurrencyPolicy = "Parallel";
            c.Spec.TimeZone = string.Empty;
        }).Validate();

        Assert.Equal(
            ["spec.concurrencyPolicy", "spec.failedJobsHistoryLimit", "spec.startingDeadlineSeconds", "spec.successfulJobsHistoryLimit", "spec.timeZone"],
            result.Issues.Select(i => i.Path).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WithJob_Change_ReplacesTheTemplate()
    {
        var model = Base.ToCronJob(CronSchedule.Hourly).WithJob(j => j.WithBackoffLimit(0)).Build();

        Assert.Equal(0, model.Spec.JobTemplate.Spec.BackoffLimit);
    }

    [Fact]
    public void ToJson_CronJob_StartsWithApiVersionAndKind() =>
        Assert.StartsWith("{\n  \"apiVersion\": \"batch/v1\",\n  \"kind\": \"CronJob\"", Base.ToCronJob("@daily").ToJson(), StringComparison.Ordinal);

    [Fact]
    public void ToCronJob_CarriesTheJobsLabelsAndAnnotationsOnItsOwnMetadata()
    {
        var cron = Base.WithLabel("team", "data").WithAnnotation("owner", "payments").ToCronJob("@daily");

        var model = cron.ToModel();

        Assert.Equal("data", model.Metadata.Labels["team"]);
        Assert.Equal("payments", model.Metadata.Annotations["owner"]);
        Assert.Equal("data", model.Spec.JobTemplate.Metadata.Labels["team"]);
        Assert.Null(cron.WithoutLabel("team").ToModel().Metadata.Labels);
        Assert.Equal("data", cron.WithoutLabel("team").ToModel().Spec.JobTemplate.Metadata.Labels["team"]);
    }

    [Fact]
    public void ToCronJob_SuppressionOnTheJob_IsCountedOnce()
    {
        var cron = Base.SuppressLint("JS4002", "bounded by the script").ToCronJob("@daily");

        var report = Linter.Lint(cron);

        Assert.Single(report.Suppressed, s => s.Finding.RuleId == "JS4002");
    }
}
