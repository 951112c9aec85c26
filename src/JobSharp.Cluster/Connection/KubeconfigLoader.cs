using JobSharp.Loading;
using k8s.KubeConfigModels;

namespace JobSharp.Cluster;

/// <summary>
/// Reads a kubeconfig file into KubernetesClient's <see cref="K8SConfiguration"/> the way kubectl reads one: fields
/// it does not know are ignored, a value of the wrong type is an error with its line and column. It reads through
/// <see cref="YamlModelReader"/> rather than KubernetesClient's reflection-based YAML reader, so it works the same
/// in a Native AOT build. Relative paths in the file are left as written.
/// </summary>
internal static class KubeconfigLoader
{
    /// <summary>Reads the kubeconfig at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid kubeconfig; the message has every problem, one per line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static K8SConfiguration Load(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return YamlModelReader.Read<K8SConfiguration>(stream, path, ignoreUnknownFields: true);
    }
}
