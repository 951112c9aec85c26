using JobSharp.Schema;
using k8s.KubeConfigModels;

namespace JobSharp.Loading;

/// <summary>
/// Reads a kubeconfig file into KubernetesClient's <see cref="K8SConfiguration"/> the way kubectl reads one: fields
/// it does not know are ignored, a value of the wrong type is an error with its line and column. It binds through
/// the generated <see cref="ModelCatalog"/> rather than KubernetesClient's reflection-based YAML reader, so it
/// works the same in a Native AOT build. Relative paths in the file are left as written.
/// </summary>
internal static class KubeconfigLoader
{
    /// <summary>Reads the kubeconfig at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid kubeconfig; the message has every problem, one per line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static K8SConfiguration Load(string path)
    {
        var context = new LoadContext(path);
        K8SConfiguration? config = null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (TextInput.ReadChecked(stream, context) is { } text && new YamlTreeReader(text, context).Next()?.Root is { } root)
            {
                config = new ModelBinder(context, ignoreUnknownFields: true)
                    .Bind(root, ValueShape.ModelOf(typeof(K8SConfiguration)), string.Empty) as K8SConfiguration;
            }
        }
        catch (LoadStopException)
        {
            // The error that stopped reading is already recorded.
        }

        return context.Count == 0
            ? config ?? new K8SConfiguration()
            : throw new InvalidDataException(string.Join('\n', context.Errors));
    }
}
