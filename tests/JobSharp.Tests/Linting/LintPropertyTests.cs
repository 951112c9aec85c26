using CsCheck;
using JobSharp.Explaining;
using JobSharp.Linting;
using k8s.Models;

namespace JobSharp.Tests.Linting;

public sealed class LintPropertyTests
{
    private static readonly Gen<int?> SmallCount = Gen.OneOf(Gen.Const((int?)null), Gen.Int[0, 12].Select(i => (int?)i));

    private static readonly Gen<V1Job> Jobs =
        Gen.Select(SmallCount, SmallCount, SmallCount, Gen.Bool, Gen.OneOf(Gen.Const("busybox"), Gen.Const("busybox:1.37"), Gen.Const("app:latest"), Gen.Const("db-migrate:2")), Gen.Bool)
            .Select((completions, parallelism, backoff, onFailure, image, credential) => LintManifests.Job(j =>
            {
                j.Spec.Completions = completions;
                j.Spec.Parallelism = parallelism;
                j.Spec.BackoffLimit = backoff;
                j.Spec.TtlSecondsAfterFinished = null;
                j.Spec.Template.Spec.RestartPolicy = onFailure ? "OnFailure" : "Never";
                j.MainContainer().Image = image;
                j.MainContainer().Env = credential ? [new V1EnvVar { Name = "API_TOKEN", Value = "tok-123-secret" }] : null;
            }));

    [Fact]
    public void Lint_AnyJob_FindingsAreWellFormedAndNeverQuoteALiteralValue()
    {
        Jobs.Sample(job =>
        {
            var report = Linter.Lint([job]);

            Assert.All(report.Findings, f =>
            {
                Assert.NotNull(LintRules.Find(f.RuleId));
                Assert.Equal(LintRules.Find(f.RuleId)!.DefaultSeverity, f.Severity);
                Assert.Matches(@"^(spec|metadata)\.", f.Path);
                Assert.DoesNotContain("tok-123-secret", f.Message, StringComparison.Ordinal);
            });
            Assert.Contains(report.Findings, f => f.RuleId == "JS4001");
        });
    }

    [Fact]
    public void ExplainFacts_AnyJob_NeverRunMorePodsAtOnceThanParallelismOrCompletions()
    {
        Jobs.Sample(job =>
        {
            var facts = ExplainFacts.ForJob(job);

            Assert.True(facts.PodsAtOnce <= facts.Parallelism);
            Assert.True(facts.Completions is null || facts.PodsAtOnce <= facts.Completions);
            Assert.True(facts.RetryDelays.Count <= Math.Max(facts.BackoffLimit, 0));
            Assert.DoesNotContain(facts.Env, e => e.Value == "tok-123-secret");
        });
    }
}
