using JobSharp;

namespace ConfigRepo;

/// <summary>What every ledger pod shares, whatever it runs.</summary>
public static class LedgerPod
{
    public const string ComponentLabel = "app.kubernetes.io/component";

    // The root filesystem is read-only; the ledger writes temporary files, and only there.
    private static readonly Volume Tmp = Volume.InMemory("tmp", Quantity.Mebibytes(64));

    /// <summary>
    /// Runs as the image's unprivileged user under the hardened presets, without a service account token unless the
    /// workload asks for one.
    /// </summary>
    public static Job WithLedgerDefaults(this Job job) => job
        .WithPodSecurityContext(PodSecurityContext.Hardened with { RunAsUser = 10001, RunAsGroup = 10001 })
        .WithHardenedSecurity()
        .WithAutomountServiceAccountToken(false);

    /// <summary>Labels the Job and its pods with the part of the ledger they are.</summary>
    public static Job WithComponent(this Job job, string component) => job
        .WithLabel(ComponentLabel, component)
        .WithPodLabel(ComponentLabel, component);

    public static Container WithWritableTmp(this Container container) => container.AddVolumeMount(Tmp, "/tmp");
}
