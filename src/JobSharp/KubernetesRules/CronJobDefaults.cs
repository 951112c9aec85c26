namespace JobSharp.KubernetesRules;

/// <summary>The values the API server fills in when a CronJob spec leaves a field out (<c>SetDefaults_CronJob</c> in
/// <c>pkg/apis/batch/v1/defaults.go</c>).</summary>
internal static class CronJobDefaults
{
    /// <summary>What happens when a run is due while the last one still runs: both run.</summary>
    public const string ConcurrencyPolicy = "Allow";

    /// <summary>How many successful Jobs are kept.</summary>
    public const int SuccessfulJobsHistoryLimit = 3;

    /// <summary>How many failed Jobs are kept.</summary>
    public const int FailedJobsHistoryLimit = 1;
}
