using JobSharp.Explaining;
using JobSharp.Internal;
using JobSharp.Tests.Linting;
using k8s.Models;
using SeedJobs;

namespace JobSharp.Tests.Explaining;

public sealed class ExplainFactsTests
{
    [Fact]
    public void ForJob_BatchProcessor_RunsTwoAtATimeUntilFive()
    {
        var facts = ExplainFacts.ForJob(SeedJobDefinitions.BatchProcessor);

        Assert.Equal(2, facts.PodsAtOnce);
        Assert.Equal(5, facts.Completions);
        Assert.Equal("OnFailure", facts.RestartPolicy);
        Assert.Equal(2, facts.BackoffLimit);
        Assert.False(facts.BackoffLimitIsDefault);
        Assert.Equal(["10s", "20s"], facts.RetryDelays);
        Assert.Null(facts.Ttl);
    }

    [Fact]
    public void ForJob_HelloJob_DefaultBackoffWithSixDelays()
    {
        var facts = ExplainFacts.ForJob(SeedJobDefinitions.Hello);

        Assert.True(facts.BackoffLimitIsDefault);
        Assert.Equal(6, facts.BackoffLimit);
        Assert.Equal(["10s", "20s", "40s", "1m20s", "2m40s", "5m20s"], facts.RetryDelays);
        Assert.False(facts.MoreRetriesThanListed);
        Assert.Equal("TerminatingOrFailed", facts.PodReplacementPolicy);
        var container = Assert.Single(facts.Containers);
        Assert.Equal("echo \"Job ran at $(date)\"", container.Script);
        Assert.True(container.ImageIsMutable);
    }

    [Fact]
    public void ForJob_DbMigration_EnvNamesItsSources()
    {
        var facts = ExplainFacts.ForJob(SeedJobDefinitions.Migration);

        Assert.Equal(
            ["DB_HOST configMapKey mysql-config/DB_HOST", "DB_PASSWORD secretKey mysql-secret/MYSQL_ROOT_PASSWORD"],
            facts.Env.Select(e => $"{e.Name} {e.Source} {e.From}/{e.Key}"));
        Assert.Equal(["mysql-config"], facts.RequiredConfigMaps);
        Assert.Equal(["mysql-secret"], facts.RequiredSecrets);
    }

    [Fact]
    public void ForJob_SecretLookingLiteral_IsHidden_OtherLiteralsShown()
    {
        var job = LintManifests.Job(j => j.MainContainer().Env =
        [
            new V1EnvVar { Name = "API_TOKEN", Value = "s3cr3t" },
            new V1EnvVar { Name = "LOG_LEVEL", Value = "debug" },
        ]);

        var facts = ExplainFacts.ForJob(job);

        Assert.True(facts.Env[0].Hidden);
        Assert.Null(facts.Env[0].Value);
        Assert.Equal("debug", facts.Env[1].Value);
        Assert.DoesNotContain(facts.Env, e => e.Value == "s3cr3t");
    }

    [Fact]
    public void ForJob_WorkQueue_HasNoCompletions()
    {
        var job = LintManifests.Job(j => { j.Spec.Completions = null; j.Spec.Parallelism = 4; });

        var facts = ExplainFacts.ForJob(job);

        Assert.Null(facts.Completions);
        Assert.Equal(4, facts.PodsAtOnce);
    }

    [Fact]
    public void ForJob_LargeBackoff_ListsCappedDelays()
    {
        var job = LintManifests.Job(j => j.Spec.BackoffLimit = 20);

        var facts = ExplainFacts.ForJob(job);

        Assert.Equal(["10s", "20s", "40s", "1m20s", "2m40s", "5m20s", "10m", "10m"], facts.RetryDelays);
        Assert.True(facts.MoreRetriesThanListed);
    }

    [Fact]
    public void ForJob_PodFailurePolicy_RulesInWords()
    {
        var job = LintManifests.Job(j => j.Spec.PodFailurePolicy = new V1PodFailurePolicy
        {
            Rules =
            [
                new V1PodFailurePolicyRule { Action = "FailJob", OnExitCodes = new V1PodFailurePolicyOnExitCodesRequirement { ContainerName = "main", OperatorProperty = "In", Values = [42, 43] } },
                new V1PodFailurePolicyRule { Action = "Ignore", OnPodConditions = [new V1PodFailurePolicyOnPodConditionsPattern { Type = "DisruptionTarget", Status = "True" }] },
            ],
        });

        var facts = ExplainFacts.ForJob(job);

        Assert.Equal(
            [
                "If container \"main\" exits with code 42 or 43, the whole Job fails at once (reason PodFailurePolicy), with no more retries.",
                "If the pod has condition DisruptionTarget (it was evicted, preempted or its node went away), the failure is not counted against any limit and the pod is replaced.",
            ],
            facts.PodFailureRules);
        Assert.Equal("Failed", facts.PodReplacementPolicy);
    }

    [Fact]
    public void ForCronJob_DefaultsApplied()
    {
        var cron = new V1CronJob { Metadata = new V1ObjectMeta { Name = "nightly" }, Spec = new V1CronJobSpec { Schedule = "0 2 * * *", JobTemplate = new V1JobTemplateSpec() } };

        var facts = ExplainFacts.ForCronJob(cron);

        Assert.Equal("every day at 02:00", facts.ScheduleInWords);
        Assert.Null(facts.TimeZone);
        Assert.Equal("Allow", facts.ConcurrencyPolicy);
        Assert.True(facts.ConcurrencyPolicyIsDefault);
        Assert.Equal(3, facts.SuccessfulJobsHistoryLimit);
        Assert.Equal(1, facts.FailedJobsHistoryLimit);
        Assert.True(facts.Job.IsCronJobTemplate);
    }

    [Theory]
    [InlineData(0, "0 seconds")]
    [InlineData(90, "1 minute 30 seconds")]
    [InlineData(3600, "1 hour")]
    [InlineData(90000, "1 day 1 hour")]
    public void DurationWords_ReadLikeProse(long seconds, string words)
    {
        Assert.Equal(words, DurationText.Words(seconds));
    }
}
