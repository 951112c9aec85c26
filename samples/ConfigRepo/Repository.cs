using ConfigRepo.Workloads;
using JobSharp;
using JobSharp.Cli;

namespace ConfigRepo;

/// <summary>The payments team's batch workloads around the ledger service, in each of its environments.</summary>
public static class Repository
{
    /// <summary>The program: every environment holds the same objects, specialised by its <see cref="Settings"/>.</summary>
    public static JobSharpApp Define() => new JobSharpApp()
        .WithCommonLabel("app.kubernetes.io/part-of", "ledger")
        .WithCommonLabel("team", "payments")
        .WithCommonAnnotation("example.com/runbook", "https://runbooks.example.com/payments/ledger")
        .AddEnvironment(Environment(Settings.Dev))
        .AddEnvironment(Environment(Settings.Staging))
        .AddEnvironment(Environment(Settings.Prod));

    private static DeploymentEnvironment Environment(Settings settings) => new DeploymentEnvironment(settings.Name)
        .WithKubeContext(settings.KubeContext)
        .WithCommonLabel("environment", settings.Name)
        .Add(LedgerDatabase.Config(settings))
        .AddLedgerMigration(settings)
        .AddSettlementReport(settings)
        .AddReconciliation(settings);
}
