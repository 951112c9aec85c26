using System.Text;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace JobSharp.Rendering;

/// <summary>
/// Renders Kubernetes objects (any <c>k8s.Models</c> object, typically <see cref="V1Job"/> and
/// <see cref="V1CronJob"/>) to canonical YAML or JSON: a fixed key order, empty fields left out, scalars quoted
/// only where a YAML 1.1 or 1.2 reader would misread them, <c>\n</c> line endings and a final newline. The same
/// objects always give the same bytes, on any machine and in any culture.
/// </summary>
/// <remarks>Rendering does not validate; the DSL validates before it renders.</remarks>
public static class ManifestRenderer
{
    /// <summary>Renders one object as a YAML document.</summary>
    /// <param name="manifest">The object to render.</param>
    /// <returns>The YAML text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    public static string ToYaml(IKubernetesObject<V1ObjectMeta> manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return ToYaml([manifest]);
    }

    /// <summary>Renders objects as one YAML stream, documents separated by <c>---</c>.</summary>
    /// <param name="manifests">The objects to render, in order.</param>
    /// <returns>The YAML text, ending with a newline; empty when there are no objects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    public static string ToYaml(IEnumerable<IKubernetesObject<V1ObjectMeta>> manifests)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteYaml(writer, manifests);
        return writer.ToString();
    }

    /// <summary>Streams objects as YAML to <paramref name="writer"/>, one document at a time.</summary>
    /// <param name="writer">Where the YAML goes; its <see cref="TextWriter.NewLine"/> is not used.</param>
    /// <param name="manifests">The objects to render, in order; enumerated once, lazily.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the objects is null.</exception>
    public static void WriteYaml(TextWriter writer, IEnumerable<IKubernetesObject<V1ObjectMeta>> manifests)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(manifests);

        // Each document goes through the direct writer; the rare one it cannot reproduce exactly goes through
        // YamlDotNet's emitter instead. Both give the same bytes, and each document stands alone after "---".
        var direct = new DirectYamlSink(writer.Encoding is UTF8Encoding or UnicodeEncoding);
        var walker = new ModelWalker(direct);
        var first = true;
        foreach (var manifest in manifests)
        {
            ArgumentNullException.ThrowIfNull(manifest, nameof(manifests));
            if (!first)
            {
                writer.Write("---\n");
            }

            first = false;
            walker.WriteDocument(manifest);
            if (!direct.Unsupported)
            {
                writer.Write(direct.Buffer);
                continue;
            }

            using var sink = new YamlSink(writer);
            new ModelWalker(sink).WriteDocument(manifest);
        }
    }

    /// <summary>Renders one object as indented JSON with the YAML's key order.</summary>
    /// <param name="manifest">The object to render.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    public static string ToJson(IKubernetesObject<V1ObjectMeta> manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return Json(walker => walker.WriteDocument(manifest));
    }

    /// <summary>
    /// Renders objects as JSON: a single object as itself, several as a <c>v1</c> <c>List</c> whose
    /// <c>items</c> hold them in order (what <c>kubectl get -o json</c> prints for several objects).
    /// </summary>
    /// <param name="manifests">The objects to render, in order.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    public static string ToJson(IEnumerable<IKubernetesObject<V1ObjectMeta>> manifests)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var list = manifests.ToList();
        if (list.Count == 1)
        {
            return ToJson(list[0]);
        }

        return Json(walker => walker.WriteList(list));
    }

    private static string Json(Action<ModelWalker> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonSink.Options))
        {
            write(new ModelWalker(new JsonSink(writer)));
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
