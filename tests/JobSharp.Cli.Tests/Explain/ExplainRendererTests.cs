using JobSharp.Cli.Explain;
using k8s.Models;

namespace JobSharp.Cli.Tests.Explain;

public sealed class ExplainRendererTests
{
    private static V1Container Container(string name, string image) => new() { Name = name, Image = image };

    public static V1CronJob NightlyReport() => new()
    {
        ApiVersion = "batch/v1",
        Kind = "CronJob",
        Metadata = new V1ObjectMeta { Name = "nightly-report", NamespaceProperty = "reports" },
        Spec = new V1CronJobSpec
        {
            Schedule = "30 2 * * 1-5",
            TimeZone = "Europe/Berlin",
            ConcurrencyPolicy = "Forbid",
            StartingDeadlineSeconds = 600,
            JobTemplate = new V1JobTemplateSpec
            {
                Spec = new V1JobSpec
                {
                    BackoffLimit = 1,
                    ActiveDeadlineSeconds = 3600,
                    Template = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            RestartPolicy = "Never",
                            Containers =
                            [
                                new V1Container
                                {
                                    Name = "report",
                                    Image = "registry.example/report:2.4.1",
                                    Command = ["report", "--since", "yesterday 00:00"],
                                    EnvFrom = [new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = "report-settings" }, Prefix = "REPORT_" }],
                                    Env =
                                    [
                                        new V1EnvVar { Name = "LOG_LEVEL", Value = "info" },
                                        new V1EnvVar { Name = "SMTP_PASSWORD", Value = "do-not-print-me" },
                                        new V1EnvVar { Name = "POD_NAME", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } } },
                                        new V1EnvVar { Name = "SMTP_USER", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "smtp", Key = "user", Optional = true } } },
                                    ],
                                },
                            ],
                        },
                    },
                },
            },
        },
    };

    public static V1Job IndexedJob() => new()
    {
        ApiVersion = "batch/v1",
        Kind = "Job",
        Metadata = new V1ObjectMeta { Name = "render-frames" },
        Spec = new V1JobSpec
        {
            CompletionMode = "Indexed",
            Completions = 10,
            Parallelism = 3,
            BackoffLimitPerIndex = 2,
            MaxFailedIndexes = 1,
            TtlSecondsAfterFinished = 86400,
            PodFailurePolicy = new V1PodFailurePolicy
            {
                Rules =
                [
                    new V1PodFailurePolicyRule { Action = "FailIndex", OnExitCodes = new V1PodFailurePolicyOnExitCodesRequirement { OperatorProperty = "In", Values = [3] } },
                    new V1PodFailurePolicyRule { Action = "Ignore", OnPodConditions = [new V1PodFailurePolicyOnPodConditionsPattern { Type = "DisruptionTarget", Status = "True" }] },
                ],
            },
            SuccessPolicy = new V1SuccessPolicy { Rules = [new V1SuccessPolicyRule { SucceededIndexes = "0-2" }] },
            Template = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec
                {
                    RestartPolicy = "Never",
                    InitContainers = [Container("fetch", "alpine:3.20"), new V1Container { Name = "proxy", Image = "envoyproxy/envoy:v1.31.0", RestartPolicy = "Always" }],
                    Containers = [Container("render", "blender:latest")],
                },
            },
        },
    };

    [Fact]
    public void Render_CronJob_MatchesReviewedSnapshot()
    {
        Snapshot.Match(ExplainSnapshots.Path("nightly-report-cronjob"), ExplainRenderer.Render([NightlyReport()]));
    }

    [Fact]
    public void Render_IndexedJobWithPolicies_MatchesReviewedSnapshot()
    {
        Snapshot.Match(ExplainSnapshots.Path("render-frames-indexed-job"), ExplainRenderer.Render([IndexedJob()]));
    }

    [Fact]
    public void Render_SecretLookingLiteral_NeverPrintsTheValue()
    {
        var markdown = ExplainRenderer.Render([NightlyReport()]);

        Assert.DoesNotContain("do-not-print-me", markdown, StringComparison.Ordinal);
        Assert.Contains("`SMTP_PASSWORD` (container `report`): a literal value, not shown", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "in the kube-controller-manager's local time zone, because `timeZone` is not set")]
    [InlineData("UTC", "in the time zone `UTC`")]
    public void Render_CronJobTimeZone_SaysWhichClockTheScheduleUses(string? timeZone, string words)
    {
        var cron = NightlyReport();
        cron.Spec.TimeZone = timeZone;

        Assert.Contains(words, ExplainRenderer.Render([cron]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "both run at the same time (`concurrencyPolicy: Allow`, the default)")]
    [InlineData("Replace", "the running Job is deleted and the new run replaces it")]
    public void Render_CronJobConcurrency_SaysWhatHappensOnOverlap(string? policy, string words)
    {
        var cron = NightlyReport();
        cron.Spec.ConcurrencyPolicy = policy;
        cron.Spec.StartingDeadlineSeconds = null;

        var markdown = ExplainRenderer.Render([cron]);

        Assert.Contains(words, markdown, StringComparison.Ordinal);
        Assert.Contains("however late: `startingDeadlineSeconds` is not set", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnusualSchedule_FallsBackToTheRawExpression()
    {
        var cron = NightlyReport();
        cron.Spec.Schedule = "0 0 */3 * *";

        Assert.Contains("It runs on the cron schedule `0 0 */3 * *` (minute, hour, day of month, month, day of week)", ExplainRenderer.Render([cron]), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WorkQueue_SaysTheFirstSuccessEndsIt()
    {
        var job = IndexedJob();
        job.Spec.CompletionMode = null;
        job.Spec.Completions = null;
        job.Spec.BackoffLimitPerIndex = null;
        job.Spec.MaxFailedIndexes = null;
        job.Spec.SuccessPolicy = null;

        var markdown = ExplainRenderer.Render([job]);

        Assert.Contains("It starts 3 pods at once with no completion count (a work queue)", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, "`completions` is 0, so the Job is complete at once, without running a pod.")]
    [InlineData(4, 0, "`parallelism` is 0, so no pods run until it is raised.")]
    public void Render_ZeroCompletionsOrParallelism_SaysNothingRuns(int completions, int parallelism, string words)
    {
        var job = IndexedJob();
        job.Spec.CompletionMode = null;
        job.Spec.BackoffLimitPerIndex = null;
        job.Spec.MaxFailedIndexes = null;
        job.Spec.SuccessPolicy = null;
        job.Spec.Completions = completions;
        job.Spec.Parallelism = parallelism;

        Assert.Contains(words, ExplainRenderer.Render([job]), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Script_IsShownExactly_EvenWithBlankLinesAndBackticks()
    {
        const string script = "echo start\n\n\nprintf '```'  \necho end";
        var job = IndexedJob();
        job.Spec.Template.Spec.Containers[0].Command = ["sh", "-c", script];

        var markdown = ExplainRenderer.Render([job]);

        Assert.Contains($"````sh\n{script}\n````\n", markdown, StringComparison.Ordinal);
    }
}
