using CsCheck;
using JobSharp.Cli.Explain;
using k8s.Models;

namespace JobSharp.Cli.Tests.Explain;

public sealed class ExplainRendererPropertyTests
{
    private static readonly Gen<int?> SmallCount = Gen.OneOf(Gen.Const((int?)null), Gen.Int[0, 12].Select(i => (int?)i));

    private static readonly Gen<V1Job> Jobs =
        Gen.Select(SmallCount, SmallCount, SmallCount, Gen.Bool, Gen.Bool, Gen.Int[0, 100000])
            .Select((completions, parallelism, backoff, onFailure, indexed, ttl) =>
            {
                var job = ExplainRendererTests.IndexedJob();
                job.Spec.CompletionMode = indexed && completions is not null ? "Indexed" : null;
                job.Spec.BackoffLimitPerIndex = indexed && completions is not null ? backoff : null;
                job.Spec.MaxFailedIndexes = null;
                job.Spec.SuccessPolicy = null;
                job.Spec.Completions = completions;
                job.Spec.Parallelism = parallelism;
                job.Spec.BackoffLimit = backoff;
                job.Spec.TtlSecondsAfterFinished = ttl;
                job.Spec.Template.Spec.RestartPolicy = onFailure ? "OnFailure" : "Never";
                job.Spec.Template.Spec.Containers[0].Env = [new V1EnvVar { Name = "DB_PASSWORD", Value = "pw-never-shown" }];
                return job;
            });

    [Fact]
    public void Render_AnyJob_IsTidyMarkdownWithoutSecretValues()
    {
        Jobs.Sample(job =>
        {
            var markdown = ExplainRenderer.Render([job]);

            Assert.StartsWith("# Job render-frames\n\n## What runs\n", markdown, StringComparison.Ordinal);
            Assert.EndsWith(".\n", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain(" \n", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("pw-never-shown", markdown, StringComparison.Ordinal);
            Assert.Contains("## Runs at least once, maybe more", markdown, StringComparison.Ordinal);
        });
    }
}
