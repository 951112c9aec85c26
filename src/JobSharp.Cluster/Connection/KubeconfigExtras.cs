using YamlDotNet.RepresentationModel;

namespace JobSharp.Cluster;

/// <summary>
/// The kubeconfig fields kubectl reads that KubernetesClient's model has no place for (a user's <c>tokenFile</c>, a
/// cluster's <c>proxy-url</c> and <c>disable-compression</c>), and the file each cluster and user came from, so that
/// a problem names it. Merged as <see cref="KubeconfigMerger"/> merges: the first file that defines a name wins.
/// Relative paths are resolved against the file that names them, as kubectl does.
/// </summary>
internal sealed class KubeconfigExtras
{
    private readonly Dictionary<string, ClusterExtras> clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UserExtras> users = new(StringComparer.Ordinal);

    public ClusterExtras? Cluster(string? name) => name is not null && clusters.TryGetValue(name, out var c) ? c : null;

    public UserExtras? User(string? name) => name is not null && users.TryGetValue(name, out var u) ? u : null;

    /// <summary>Adds what <paramref name="file"/> defines; names defined by an earlier file are kept.</summary>
    /// <remarks>The file has already been read by <see cref="KubeconfigLoader"/>, so it is valid YAML.</remarks>
    public void Add(FileInfo file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file.FullName))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return;
        }

        var folder = file.DirectoryName ?? ".";
        foreach (var (name, body) in Entries(root, "clusters", "cluster"))
        {
            if (!clusters.ContainsKey(name))
            {
                clusters[name] = new ClusterExtras(
                    file.FullName,
                    Scalar(body, "proxy-url"),
                    string.Equals(Scalar(body, "disable-compression"), "true", StringComparison.OrdinalIgnoreCase));
            }
        }

        foreach (var (name, body) in Entries(root, "users", "user"))
        {
            if (!users.ContainsKey(name))
            {
                var tokenFile = Scalar(body, "tokenFile");
                users[name] = new UserExtras(
                    file.FullName,
                    string.IsNullOrEmpty(tokenFile) || Path.IsPathRooted(tokenFile) ? tokenFile : Path.GetFullPath(Path.Combine(folder, tokenFile)));
            }
        }
    }

    private static IEnumerable<(string Name, YamlMappingNode? Body)> Entries(YamlMappingNode root, string list, string field)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(list), out var node) || node is not YamlSequenceNode sequence)
        {
            yield break;
        }

        foreach (var item in sequence.Children.OfType<YamlMappingNode>())
        {
            if (Scalar(item, "name") is { } name)
            {
                yield return (name, item.Children.TryGetValue(new YamlScalarNode(field), out var body) ? body as YamlMappingNode : null);
            }
        }
    }

    private static string? Scalar(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar
            ? scalar.Value
            : null;
}

/// <summary>What <see cref="KubeconfigExtras"/> keeps of a cluster.</summary>
internal sealed record ClusterExtras(string File, string? ProxyUrl, bool DisableCompression);

/// <summary>What <see cref="KubeconfigExtras"/> keeps of a user.</summary>
internal sealed record UserExtras(string File, string? TokenFile);
