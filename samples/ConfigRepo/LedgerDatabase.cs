using JobSharp;

namespace ConfigRepo;

/// <summary>
/// Where the ledger's database is: a ConfigMap every workload reads its connection from. The credentials are in the
/// Secret <c>ledger-db-credentials</c>, which the cluster's secret operator creates; it is not in this repository.
/// </summary>
public static class LedgerDatabase
{
    public static SecretRef Credentials { get; } = SecretRef.Named("ledger-db-credentials");

    public static ConfigMap Config(Settings settings) => ConfigMap.Create("ledger-db")
        .InNamespace(settings.Namespace)
        .WithData("DATABASE_HOST", settings.DatabaseHost)
        .WithData("DATABASE_PORT", "5432")
        .WithData("DATABASE_NAME", "ledger")
        .WithData("PGSSLMODE", "verify-full")
        .WithData("REPORT_BUCKET", settings.ReportBucket);

    /// <summary>The connection variables, from the ConfigMap and the Secret: a key the ConfigMap lacks throws here, not in the cluster.</summary>
    public static Container WithDatabase(this Container container, Settings settings)
    {
        var config = Config(settings);
        return container
            .WithEnv("DATABASE_HOST", config.Key("DATABASE_HOST"))
            .WithEnv("DATABASE_PORT", config.Key("DATABASE_PORT"))
            .WithEnv("DATABASE_NAME", config.Key("DATABASE_NAME"))
            .WithEnv("PGSSLMODE", config.Key("PGSSLMODE"))
            .WithEnv("DATABASE_USER", Credentials.Key("username"))
            .WithEnv("DATABASE_PASSWORD", Credentials.Key("password"));
    }
}
