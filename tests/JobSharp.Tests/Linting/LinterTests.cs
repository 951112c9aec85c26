using JobSharp.Linting;
using k8s.Models;
using static JobSharp.Tests.Linting.LintManifests;

namespace JobSharp.Tests.Linting;

public sealed class LinterTests
{
    [Fact]
    public void Lint_CronJobTemplateWithoutTtl_IsFine_AndPathsAreUnderTheJobTemplate()
    {
        var cron = CronJob(c => c.Spec.JobTemplate.Spec.ActiveDeadlineSeconds = null);

        var report = Linter.Lint([cron]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("JS4002", finding.RuleId);
        Assert.Equal("spec.jobTemplate.spec.activeDeadlineSeconds", finding.Path);
        Assert.Equal("cronjob/nightly (namespace batch)", finding.Manifest.ToString());
    }

    [Fact]
    public void Lint_PodLevelDeadline_SatisfiesTheDeadlineRule()
    {
        var job = Job(j => { j.Spec.ActiveDeadlineSeconds = null; j.Spec.Template.Spec.ActiveDeadlineSeconds = 300; });

        Assert.Empty(Linter.Lint([job]).Findings);
    }

    [Fact]
    public void Lint_PodLevelRunAsRoot_ReportedForContainersThatDoNotOverride()
    {
        var job = Job(j =>
        {
            j.Spec.Template.Spec.SecurityContext = new V1PodSecurityContext { RunAsUser = 0 };
            j.Spec.Template.Spec.Containers.Add(CleanContainer("sidecar"));
            j.Spec.Template.Spec.Containers[1].SecurityContext.RunAsUser = 1000;
        });

        var report = Linter.Lint([job]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("JS4013", finding.RuleId);
        Assert.Equal("spec.template.spec.securityContext.runAsUser", finding.Path);
        Assert.Contains("\"main\"", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hostPID")]
    [InlineData("hostIPC")]
    public void Lint_HostNamespaces_EachReported(string field)
    {
        var job = Job(j =>
        {
            j.Spec.Template.Spec.HostPID = field == "hostPID";
            j.Spec.Template.Spec.HostIPC = field == "hostIPC";
        });

        var finding = Assert.Single(Linter.Lint([job]).Findings);

        Assert.Equal($"spec.template.spec.{field}", finding.Path);
    }

    [Fact]
    public void Lint_SecretKeyMissingFromKnownSecret_IsAnError_ButOptionalAndOtherNamespacesAreNot()
    {
        var secret = new V1Secret { Metadata = new V1ObjectMeta { Name = "db", NamespaceProperty = "batch" }, StringData = new Dictionary<string, string> { ["user"] = "x" } };
        var elsewhere = new V1Secret { Metadata = new V1ObjectMeta { Name = "cache", NamespaceProperty = "other" }, Data = new Dictionary<string, byte[]>() };
        var job = Job(j => j.MainContainer().Env =
        [
            new V1EnvVar { Name = "DB_PASSWORD", ValueFrom = LintRuleCases.SecretKey("db", "password") },
            new V1EnvVar { Name = "DB_TOKEN", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "db", Key = "token", Optional = true } } },
            new V1EnvVar { Name = "CACHE_PASSWORD", ValueFrom = LintRuleCases.SecretKey("cache", "password") },
        ]);

        var report = Linter.Lint([job], new LintOptions { KnownSecrets = [secret, elsewhere] });

        var finding = Assert.Single(report.Findings);
        Assert.Equal("JS4018", finding.RuleId);
        Assert.Equal("spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.key", finding.Path);
        Assert.Equal("container \"main\" env var DB_PASSWORD needs key \"password\" of Secret db, which has only \"user\"", finding.Message);
    }

    [Theory]
    [InlineData("JS4019", "podFailurePolicy needs Kubernetes 1.26 (beta) or 1.31 (GA); the target 1.25 ignores it", "1.25")]
    [InlineData("JS4020", "podFailurePolicy is beta in Kubernetes 1.30 (GA in 1.31): on by default, but a cluster can turn it off", "1.30")]
    public void Lint_FieldNewerThanTarget_NamesTheVersionItNeeds(string ruleId, string message, string target)
    {
        var job = Job(j => j.Spec.PodFailurePolicy = LintRuleCases.FailJobOnExitCode42());

        var report = Linter.Lint([job], new LintOptions { TargetVersion = KubeVersion.Parse(target) });

        var finding = Assert.Single(report.Findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal("spec.podFailurePolicy", finding.Path);
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void Lint_NativeSidecarAndNewJobFields_AgainstOldTarget_EachNamesItsVersion()
    {
        var job = Job(j =>
        {
            j.Spec.ManagedBy = "example.com/queue";
            j.Spec.CompletionMode = "Indexed";
            j.Spec.Completions = 4;
            j.Spec.BackoffLimitPerIndex = 1;
            j.Spec.SuccessPolicy = new V1SuccessPolicy { Rules = [new V1SuccessPolicyRule { SucceededCount = 2 }] };
            var sidecar = CleanContainer("proxy");
            sidecar.RestartPolicy = "Always";
            j.Spec.Template.Spec.InitContainers = [sidecar];
        });

        var report = Linter.Lint([job], new LintOptions { TargetVersion = new KubeVersion(1, 28) });

        Assert.Equal(
            [
                "spec.backoffLimitPerIndex: needs Kubernetes 1.29",
                "spec.managedBy: needs Kubernetes 1.32",
                "spec.successPolicy: needs Kubernetes 1.31",
                "spec.template.spec.initContainers[0].restartPolicy: needs Kubernetes 1.29",
            ],
            report.Findings.Where(f => f.RuleId == "JS4019").Select(f => $"{f.Path}: {f.Message[(f.Message.IndexOf("needs", StringComparison.Ordinal))..][..21]}"));
    }

    [Fact]
    public void Lint_DefaultTarget_IsNewest_WithNoVersionFindings()
    {
        var job = Job(j => { j.Spec.ManagedBy = "example.com/queue"; j.Spec.PodReplacementPolicy = "Failed"; });

        var report = Linter.Lint([job]);

        Assert.Equal(new KubeVersion(1, 35), LintOptions.Default.TargetVersion);
        Assert.DoesNotContain(report.Findings, f => f.RuleId is "JS4019" or "JS4020");
    }

    [Fact]
    public void WithLocations_FillsTheLocationAndTheTextBecomesCompilerStyle()
    {
        var report = Linter.Lint([Job(j => j.Spec.TtlSecondsAfterFinished = null)])
            .WithLocations(f => f.Path == "spec.ttlSecondsAfterFinished" ? new LintSourceLocation("jobs/report.yaml", 6, 3) : null);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(
            "jobs/report.yaml:6:3: warning JS4001: spec.ttlSecondsAfterFinished: ttlSecondsAfterFinished is not set: the Job and its pods stay after it finishes until someone deletes them",
            finding.ToString());
    }

    [Fact]
    public void Lint_OrdersObjectsAsGiven_AndFindingsByRuleThenPath()
    {
        var first = Job(j => { j.Metadata.Name = "b"; j.Spec.ActiveDeadlineSeconds = null; j.Spec.TtlSecondsAfterFinished = null; });
        var second = Job(j => { j.Metadata.Name = "a"; j.Spec.TtlSecondsAfterFinished = null; });

        var report = Linter.Lint([first, second, new V1Namespace()]);

        Assert.Equal(["b JS4001", "b JS4002", "a JS4001"], report.Findings.Select(f => $"{f.Manifest.Name} {f.RuleId}"));
    }

    [Fact]
    public void Lint_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Linter.Lint((IEnumerable<object>)null!));
        Assert.Throws<ArgumentNullException>(() => Linter.Lint([null!]));
        Assert.Throws<ArgumentNullException>(() => Linter.Lint((Job)null!));
    }

    [Theory]
    [InlineData("1.30", 1, 30)]
    [InlineData("v1.29", 1, 29)]
    [InlineData("1.33.2", 1, 33)]
    public void KubeVersion_Parse_ReadsMinorVersions(string text, int major, int minor)
    {
        Assert.Equal(new KubeVersion(major, minor), KubeVersion.Parse(text));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("latest")]
    [InlineData("1.x")]
    [InlineData("1.30.1.2")]
    public void KubeVersion_Parse_RejectsOtherText(string text)
    {
        Assert.Throws<FormatException>(() => KubeVersion.Parse(text));
    }
}
