using System.Globalization;
using JobSharp;

namespace ConfigRepo.Workloads;

/// <summary>
/// The month-end reconciliation of every account against the bank statements, run on demand
/// (<c>apply --env prod --name ledger-reconcile</c>). The accounts are split into shards by account number; each
/// shard is one index of an Indexed Job, retried on its own.
/// </summary>
public static class Reconciliation
{
    public const string Name = "ledger-reconcile";

    // The ledger exits with 3 when a shard's statements are missing: retrying cannot help.
    private const int MissingStatements = 3;

    public static DeploymentEnvironment AddReconciliation(this DeploymentEnvironment environment, Settings settings) =>
        environment.Add(Shards(settings));

    public static Job Shards(Settings settings) => Job.Create(Name)
        .InNamespace(settings.Namespace)
        .WithComponent("reconciliation")
        .WithRestartPolicy(JobRestartPolicy.Never)
        .WithParallelism(settings.ReconcileParallelism)
        .Indexed(completions: settings.ReconcileShards, i => i
            .WithBackoffLimitPerIndex(2)
            .FailIndexOnExitCodes(MissingStatements))
        .WithActiveDeadline(TimeSpan.FromHours(6))
        .WithTtlAfterFinished(TimeSpan.FromDays(7))
        .WithLedgerDefaults()
        .AddContainer("reconcile", settings.LedgerImage, c => c
            .WithArgs("reconcile", "--shard=$(SHARD)", "--shards=$(SHARD_COUNT)")
            .WithCompletionIndexEnv("SHARD")
            .WithEnv("SHARD_COUNT", settings.ReconcileShards.ToString(CultureInfo.InvariantCulture))
            .WithDatabase(settings)
            .WithSizing(settings.Batch)
            .WithWritableTmp());
}
