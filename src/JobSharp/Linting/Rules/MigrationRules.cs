using System.Globalization;
using JobSharp.KubernetesRules;

namespace JobSharp.Linting;

/// <summary>JS4007, JS4008: a migration must run once, alone.</summary>
internal static class MigrationRules
{
    public static void Check(LintScope scope)
    {
        if (MigrationDetector.Evidence(scope.JobName, scope.Pod) is not { } evidence)
        {
            return;
        }

        var spec = scope.Spec;
        var parallelism = JobDefaults.Parallelism(spec);
        var completions = JobDefaults.Completions(spec);
        if (parallelism > 1)
        {
            scope.Report(LintRules.MigrationRunsConcurrently, $"{scope.SpecPath}.parallelism", string.Create(CultureInfo.InvariantCulture,
                $"looks like a migration ({evidence}) but parallelism {parallelism} runs up to {parallelism} copies at once"));
        }

        if (completions > 1)
        {
            scope.Report(LintRules.MigrationRunsConcurrently, $"{scope.SpecPath}.completions", string.Create(CultureInfo.InvariantCulture,
                $"looks like a migration ({evidence}) but completions {completions} runs it until it has succeeded {completions} times"));
        }

        if (!JobDefaults.IsOnFailure(spec) && !string.Equals(JobDefaults.PodReplacementPolicy(spec), "Failed", StringComparison.Ordinal))
        {
            scope.Report(LintRules.MigrationRestartNever, $"{scope.PodPath}.restartPolicy",
                $"looks like a migration ({evidence}) but uses restartPolicy Never: a replacement pod can start while a terminating one still runs the script; use OnFailure, as the seed advises, or podReplacementPolicy: Failed");
        }
    }
}
