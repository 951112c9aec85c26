using k8s.Models;

namespace JobSharp.Linting;

/// <summary>What every scope of one lint run shares: the options and the ConfigMap and Secret keys known.</summary>
internal sealed class LintContext
{
    private readonly List<(string Name, string? Namespace, HashSet<string> Keys)> _configMaps = [];
    private readonly List<(string Name, string? Namespace, HashSet<string> Keys)> _secrets = [];

    public LintContext(LintOptions options, IEnumerable<object> manifests)
    {
        Options = options;
        foreach (var configMap in options.KnownConfigMaps.Concat(manifests.OfType<V1ConfigMap>()))
        {
            _configMaps.Add((configMap.Metadata?.Name ?? "", configMap.Metadata?.NamespaceProperty,
                [.. (configMap.Data?.Keys ?? []).Concat(configMap.BinaryData?.Keys ?? [])]));
        }

        foreach (var secret in options.KnownSecrets.Concat(manifests.OfType<V1Secret>()))
        {
            _secrets.Add((secret.Metadata?.Name ?? "", secret.Metadata?.NamespaceProperty,
                [.. (secret.Data?.Keys ?? []).Concat(secret.StringData?.Keys ?? [])]));
        }
    }

    public LintOptions Options { get; }

    /// <summary>The keys of the ConfigMap, or null when it is not known (then nothing can be said).</summary>
    public IReadOnlySet<string>? ConfigMapKeys(string name, string? @namespace) => Find(_configMaps, name, @namespace);

    /// <summary>The keys of the Secret, or null when it is not known.</summary>
    public IReadOnlySet<string>? SecretKeys(string name, string? @namespace) => Find(_secrets, name, @namespace);

    private static HashSet<string>? Find(
        List<(string Name, string? Namespace, HashSet<string> Keys)> objects, string name, string? @namespace)
    {
        HashSet<string>? keys = null;
        foreach (var o in objects.Where(o => string.Equals(o.Name, name, StringComparison.Ordinal)
                     && (o.Namespace is null || @namespace is null || string.Equals(o.Namespace, @namespace, StringComparison.Ordinal))))
        {
            keys ??= new HashSet<string>(StringComparer.Ordinal);
            keys.UnionWith(o.Keys);
        }

        return keys;
    }
}
