using JobSharp;

namespace ConfigRepo;

/// <summary>What differs between the environments. Everything else is written once, in the workload files.</summary>
public sealed record Settings
{
    private static readonly ContainerImage Ledger = "ghcr.io/acme/ledger";

    public static Settings Dev { get; } = new()
    {
        Name = "dev",
        KubeContext = "dev-eu-west-1",
        Namespace = "payments-dev",
        Release = "2.15.0-rc.2",
        DatabaseHost = "ledger-db.payments-dev.svc.cluster.local",
        ReportBucket = "s3://acme-payments-reports-dev",
        Batch = new Sizing(Cpu: Quantity.MilliCpu(100), Memory: Quantity.Mebibytes(256)),
        ReconcileShards = 2,
        ReconcileParallelism = 2,
    };

    public static Settings Staging { get; } = new()
    {
        Name = "staging",
        KubeContext = "staging-eu-west-1",
        Namespace = "payments-staging",
        Release = "2.14.3",
        DatabaseHost = "ledger-db.payments-staging.svc.cluster.local",
        ReportBucket = "s3://acme-payments-reports-staging",
        Batch = new Sizing(Cpu: Quantity.MilliCpu(250), Memory: Quantity.Mebibytes(512)),
        ReconcileShards = 4,
        ReconcileParallelism = 2,
    };

    public static Settings Prod { get; } = new()
    {
        Name = "prod",
        KubeContext = "prod-eu-west-1",
        Namespace = "payments",
        Release = "2.14.2",
        DatabaseHost = "ledger-db.payments.svc.cluster.local",
        ReportBucket = "s3://acme-payments-reports",
        Batch = new Sizing(Cpu: Quantity.Cpu(1), Memory: Quantity.Gibibytes(2)),
        ReconcileShards = 16,
        ReconcileParallelism = 4,
    };

    public static IReadOnlyList<Settings> All { get; } = [Dev, Staging, Prod];

    /// <summary>The environment's name: its folder under deploy/ and what <c>--env</c> selects.</summary>
    public required string Name { get; init; }

    /// <summary>The kubeconfig context the cluster verbs use for this environment.</summary>
    public required string KubeContext { get; init; }

    public required string Namespace { get; init; }

    /// <summary>The ledger release the environment runs: the tag of every workload's image.</summary>
    public required string Release { get; init; }

    public required string DatabaseHost { get; init; }

    public required string ReportBucket { get; init; }

    /// <summary>The resources of the report and reconciliation pods.</summary>
    public required Sizing Batch { get; init; }

    /// <summary>How many indexes the reconciliation splits the accounts into, and how many run at once.</summary>
    public required int ReconcileShards { get; init; }

    public required int ReconcileParallelism { get; init; }

    /// <summary>The ledger image at the environment's release: every workload runs one of its commands.</summary>
    public ContainerImage LedgerImage => Ledger.WithTag(Release);
}
