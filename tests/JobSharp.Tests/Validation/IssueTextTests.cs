using JobSharp.KubernetesRules;
using JobSharp.Validation;

namespace JobSharp.Tests.Validation;

/// <summary>The words, values and paths of issues, as the API server writes them.</summary>
public sealed class IssueTextTests
{
    [Fact]
    public void Validate_RequiredIssue_HasNoValue()
    {
        var job = Samples.Job();
        job.Container0().Image = null;

        var issue = Assert.Single(ManifestValidator.Validate(job).Issues);

        Assert.Null(issue.Value);
        Assert.Equal("JS1003: spec.template.spec.containers[0].image: Required value", issue.ToString());
    }

    [Fact]
    public void Validate_LongNameInUserJobNameLabel_IsReportedOnce()
    {
        var job = Samples.Job();
        var name = new string('a', 64);
        job.Metadata.Name = name;
        job.Spec.Template.Metadata.Labels["job-name"] = name;

        var issue = Assert.Single(ManifestValidator.Validate(job).Issues);

        Assert.Equal("spec.template.labels", issue.Path);
        Assert.Equal("must be no more than 63 bytes", issue.Message);
    }

    [Fact]
    public void Validate_LocalInAnotherCase_IsAlsoLookedUp()
    {
        var cronJob = Samples.CronJob();
        cronJob.Spec.TimeZone = "LOCAL";

        var codes = ManifestValidator.Validate(cronJob).Issues.Select(i => i.Code).ToArray();

        Assert.Equal(TimeZoneNames.CanCheckDatabase ? ["JS1508", "JS1509"] : ["JS1508"], codes);
    }

    [Fact]
    public void Validate_RestartPolicyOmitted_ReportsTheServerText()
    {
        var cronJob = Samples.CronJob();
        cronJob.Spec().Template.Spec.RestartPolicy = null;

        var issue = Assert.Single(ManifestValidator.Validate(cronJob).Issues);

        Assert.Equal(
            "JS1117: spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"",
            issue.ToString());
    }

    [Fact]
    public void ToString_InvalidValue_PrintsTheQuotedValue()
    {
        var job = Samples.Job();
        job.Spec.CompletionMode = "indexed";

        var issue = Assert.Single(ManifestValidator.Validate(job).Issues);

        Assert.Equal("JS1103: spec.completionMode: Unsupported value: \"indexed\": supported values: \"NonIndexed\", \"Indexed\"", issue.ToString());
    }
}
