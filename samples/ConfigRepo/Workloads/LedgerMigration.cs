using JobSharp;
using k8s.Models;

namespace ConfigRepo.Workloads;

/// <summary>
/// The ledger's schema migration, applied with each release. It holds the Lease <c>ledger-migration</c> while it
/// runs, so a second run waits for the first; its service account may use that Lease and nothing else.
/// </summary>
public static class LedgerMigration
{
    public const string Name = "ledger-migrate";
    private const string Account = "ledger-migrator";
    private const string Lease = "ledger-migration";

    // The same in every environment: the migration's work does not grow with the environment.
    private static readonly Sizing Size = new(Cpu: Quantity.MilliCpu(100), Memory: Quantity.Mebibytes(256));

    public static DeploymentEnvironment AddLedgerMigration(this DeploymentEnvironment environment, Settings settings) => environment
        .Add(ServiceAccount(settings))
        .Add(Role(settings))
        .Add(RoleBinding(settings))
        .Add(Job(settings));

    public static Job Job(Settings settings) => JobSharp.Job.Create(Name)
        .InNamespace(settings.Namespace)
        .WithComponent("migration")
        // A retry runs in the same pod, so two copies of the script never overlap (lint JS4008).
        .WithRetry(r => r.WithBackoffLimit(2).RestartContainersInPlace())
        .WithActiveDeadline(TimeSpan.FromMinutes(20))
        .WithTtlAfterFinished(TimeSpan.FromDays(3))
        .WithLedgerDefaults()
        .WithServiceAccount(Account)
        .WithAutomountServiceAccountToken(true)
        .AddContainer("migrate", settings.LedgerImage, c => c
            .WithArgs("migrate", "up", $"--lock=lease/{Lease}")
            .WithEnv("POD_NAMESPACE", PodField.Namespace)
            .WithDatabase(settings)
            .WithSizing(Size)
            .WithWritableTmp());

    public static V1ServiceAccount ServiceAccount(Settings settings) => new()
    {
        ApiVersion = "v1",
        Kind = "ServiceAccount",
        Metadata = Metadata(Account, settings),
        // Only the migration's pod mounts the token, and it says so itself.
        AutomountServiceAccountToken = false,
    };

    public static V1Role Role(Settings settings) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "Role",
        Metadata = Metadata(Account, settings),
        Rules =
        [
            // create cannot be limited to a name: the API server does not know it before the object exists.
            new V1PolicyRule { ApiGroups = ["coordination.k8s.io"], Resources = ["leases"], Verbs = ["create"] },
            new V1PolicyRule { ApiGroups = ["coordination.k8s.io"], Resources = ["leases"], ResourceNames = [Lease], Verbs = ["get", "update"] },
        ],
    };

    public static V1RoleBinding RoleBinding(Settings settings) => new()
    {
        ApiVersion = "rbac.authorization.k8s.io/v1",
        Kind = "RoleBinding",
        Metadata = Metadata(Account, settings),
        RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = Account },
        Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = Account, NamespaceProperty = settings.Namespace }],
    };

    private static V1ObjectMeta Metadata(string name, Settings settings) => new()
    {
        Name = name,
        NamespaceProperty = settings.Namespace,
        Labels = new Dictionary<string, string> { [LedgerPod.ComponentLabel] = "migration" },
    };
}
