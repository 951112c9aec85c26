using k8s.KubeConfigModels;

namespace JobSharp.Cluster;

/// <summary>
/// Merges kubeconfig files the way kubectl merges <c>KUBECONFIG</c>: the first file that sets current-context
/// wins, and a cluster, user or context defined by name in several files is taken from the first. Relative file
/// paths are resolved against the file that names them.
/// </summary>
internal static class KubeconfigMerger
{
    public static K8SConfiguration Merge(IReadOnlyList<(FileInfo File, K8SConfiguration Config)> files)
    {
        var merged = new K8SConfiguration
        {
            ApiVersion = "v1",
            Kind = "Config",
            Clusters = [],
            Users = [],
            Contexts = [],
        };
        var clusters = new List<k8s.KubeConfigModels.Cluster>();
        var users = new List<User>();
        var contexts = new List<Context>();
        foreach (var (file, config) in files)
        {
            var folder = file.DirectoryName ?? ".";
            if (string.IsNullOrEmpty(merged.CurrentContext) && !string.IsNullOrEmpty(config.CurrentContext))
            {
                merged.CurrentContext = config.CurrentContext;
            }

            foreach (var cluster in config.Clusters ?? [])
            {
                if (cluster.ClusterEndpoint is { } endpoint)
                {
                    endpoint.CertificateAuthority = Absolute(folder, endpoint.CertificateAuthority);
                }

                AddFirst(clusters, cluster, cluster.Name);
            }

            foreach (var user in config.Users ?? [])
            {
                if (user.UserCredentials is { } credentials)
                {
                    credentials.ClientCertificate = Absolute(folder, credentials.ClientCertificate);
                    credentials.ClientKey = Absolute(folder, credentials.ClientKey);
                }

                AddFirst(users, user, user.Name);
            }

            foreach (var context in config.Contexts ?? [])
            {
                AddFirst(contexts, context, context.Name);
            }
        }

        merged.Clusters = clusters;
        merged.Users = users;
        merged.Contexts = contexts;
        return merged;
    }

    private static void AddFirst<T>(List<T> items, T item, string name)
        where T : class
    {
        if (!items.Any(i => string.Equals(NameOf(i), name, StringComparison.Ordinal)))
        {
            items.Add(item);
        }
    }

    private static string? NameOf(object item) => item switch
    {
        k8s.KubeConfigModels.Cluster c => c.Name,
        User u => u.Name,
        Context x => x.Name,
        _ => null,
    };

    private static string? Absolute(string folder, string? path) =>
        string.IsNullOrEmpty(path) || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(folder, path));
}
