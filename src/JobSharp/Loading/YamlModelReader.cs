using JobSharp.Schema;

namespace JobSharp.Loading;

/// <summary>
/// Reads one YAML document into a KubernetesClient model class (from <c>k8s.Models</c> or
/// <c>k8s.KubeConfigModels</c>, such as <c>V1Pod</c> or <c>K8SConfiguration</c>) with <see cref="ManifestLoader"/>'s
/// strict and safe settings: strict UTF-8, YAML 1.1 scalars as kubectl reads them, every wrong type and duplicate
/// key reported with line and column, hostile input (alias bombs, deep nesting, 16 MiB and more) stopped within
/// bounded time and memory. It binds through the generated model catalog rather than reflection, so it works the
/// same in a Native AOT build.
/// </summary>
/// <remarks>Only the first document is read; a document that is empty gives a new, empty model.</remarks>
public static class YamlModelReader
{
    /// <summary>Reads the first YAML document of a UTF-8 stream, at most 16 MiB of it.</summary>
    /// <typeparam name="T">The model class.</typeparam>
    /// <param name="stream">The bytes; strict UTF-8, a leading BOM is ignored. Not closed.</param>
    /// <param name="sourceName">The name errors carry, such as a file name.</param>
    /// <param name="ignoreUnknownFields">Skips fields the model does not have (as kubectl reads a kubeconfig) instead of reporting them.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a KubernetesClient model class.</exception>
    /// <exception cref="InvalidDataException">
    /// The YAML is not a valid <typeparamref name="T"/>; the message has every problem, one per line, as
    /// <see cref="LoadError.ToString"/> writes it.
    /// </exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static T Read<T>(Stream stream, string sourceName, bool ignoreUnknownFields = false)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var context = new LoadContext(sourceName);
        return Bind<T>(() => TextInput.ReadChecked(stream, context), context, ignoreUnknownFields);
    }

    /// <summary>Reads the first YAML document of a text, at most 16 Mi characters of it.</summary>
    /// <typeparam name="T">The model class.</typeparam>
    /// <param name="text">The YAML; a leading BOM is ignored.</param>
    /// <param name="sourceName">The name errors carry.</param>
    /// <param name="ignoreUnknownFields">Skips fields the model does not have instead of reporting them.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a KubernetesClient model class.</exception>
    /// <exception cref="InvalidDataException">The YAML is not a valid <typeparamref name="T"/>; the message has every problem, one per line.</exception>
    public static T Read<T>(string text, string sourceName, bool ignoreUnknownFields = false)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var context = new LoadContext(sourceName);
        return Bind<T>(
            () =>
            {
                if (text.Length <= LoadLimits.MaxInputBytes)
                {
                    return TextInput.Check(text, context);
                }

                TextInput.TooLarge(context);
                return null;
            },
            context,
            ignoreUnknownFields);
    }

    private static T Bind<T>(Func<string?> read, LoadContext context, bool ignoreUnknownFields)
        where T : class, new()
    {
        if (ModelCatalog.Of(typeof(T)).ClrType != typeof(T))
        {
            throw new NotSupportedException($"{typeof(T)} is not a k8s.Models or k8s.KubeConfigModels class.");
        }

        T? model = null;
        try
        {
            if (read() is { } text && new YamlTreeReader(text, context).Next()?.Root is { } root)
            {
                model = new ModelBinder(context, ignoreUnknownFields).Bind(root, ValueShape.ModelOf(typeof(T)), string.Empty) as T;
            }
        }
        catch (LoadStopException)
        {
            // The error that stopped reading is already recorded.
        }

        return context.Count == 0
            ? model ?? new T()
            : throw new InvalidDataException(string.Join('\n', context.Errors));
    }
}
