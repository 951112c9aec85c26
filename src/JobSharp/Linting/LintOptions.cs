using k8s.Models;

namespace JobSharp.Linting;

/// <summary>What a lint run assumes about the cluster and the objects around the Jobs.</summary>
public sealed record LintOptions
{
    /// <summary>The defaults: the newest Kubernetes version, no extra ConfigMaps or Secrets.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>The Kubernetes version the manifests are meant for; fields it lacks are findings.</summary>
    public KubeVersion TargetVersion { get; init; } = KubeVersion.Newest;

    /// <summary>
    /// ConfigMaps known to exist besides those in the manifests being linted; env references to a key one of them
    /// lacks are findings. Only their names, namespaces and keys are read.
    /// </summary>
    public IReadOnlyList<V1ConfigMap> KnownConfigMaps { get; init; } = [];

    /// <summary>
    /// Secrets known to exist besides those in the manifests being linted. Only their names, namespaces and keys
    /// are read, never their values.
    /// </summary>
    public IReadOnlyList<V1Secret> KnownSecrets { get; init; } = [];
}
