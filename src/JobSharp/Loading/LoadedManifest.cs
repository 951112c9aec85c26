using k8s;
using k8s.Models;

namespace JobSharp.Loading;

/// <summary>
/// One object loaded from YAML (a <see cref="V1Job"/> or a <see cref="V1CronJob"/>), with where it came from and
/// a map from field paths to the places they are written, so that validation issues can be shown as
/// <c>FILE:LINE:COL</c>.
/// </summary>
public sealed class LoadedManifest
{
    private readonly IReadOnlyDictionary<string, SourceLocation> _locations;

    internal LoadedManifest(
        IKubernetesObject<V1ObjectMeta> model,
        string sourceName,
        int documentIndex,
        SourceLocation location,
        IReadOnlyDictionary<string, SourceLocation> locations)
    {
        Model = model;
        SourceName = sourceName;
        DocumentIndex = documentIndex;
        Location = location;
        _locations = locations;
    }

    /// <summary>The loaded object: a <see cref="V1Job"/> or a <see cref="V1CronJob"/>.</summary>
    public IKubernetesObject<V1ObjectMeta> Model { get; }

    /// <summary>The file name or other name the text was loaded under.</summary>
    public string SourceName { get; }

    /// <summary>The document's position in the stream, starting at 0 (empty documents count).</summary>
    public int DocumentIndex { get; }

    /// <summary>Where the document's content starts.</summary>
    public SourceLocation Location { get; }

    /// <summary>
    /// Where the field at <paramref name="path"/> is written: the key of a field or map entry, or the start of a
    /// list item. A path that is not written (a missing required field) gets the place of its nearest written
    /// parent, and in the end the document's own location.
    /// </summary>
    /// <param name="path">A field path as the API server writes it, such as <c>spec.template.spec.containers[0].image</c> or <c>metadata.labels[app]</c>.</param>
    /// <returns>The best location for the path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public SourceLocation Locate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = path;
        while (current.Length > 0)
        {
            if (_locations.TryGetValue(current, out var location))
            {
                return location;
            }

            current = FieldPaths.Parent(current);
        }

        return Location;
    }

    /// <summary>Finds where exactly the field at <paramref name="path"/> is written.</summary>
    /// <param name="path">A field path, such as <c>spec.backoffLimit</c>.</param>
    /// <param name="location">The location, when the path is written.</param>
    /// <returns>True when the path is written in the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public bool TryGetLocation(string path, out SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _locations.TryGetValue(path, out location);
    }
}
