namespace JobSharp;

/// <summary>
/// A DSL value with Kubernetes object metadata: labels and annotations. The setters are written once, as
/// extension methods in <see cref="MetadataExtensions"/> that return the value's own type, so
/// <c>WithLabel</c> works the same on a <see cref="Job"/> and a <see cref="CronJob"/>.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IHasMetadata<TSelf>
    where TSelf : class, IHasMetadata<TSelf>
{
    /// <summary>The labels (<c>metadata.labels</c>), sorted by key.</summary>
    IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The annotations (<c>metadata.annotations</c>), sorted by key.</summary>
    IReadOnlyDictionary<string, string> Annotations { get; }

    /// <summary>Replaces every label.</summary>
    /// <param name="labels">The new labels.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/>, a key or a value is null.</exception>
    TSelf WithLabels(IEnumerable<KeyValuePair<string, string>> labels);

    /// <summary>Replaces every annotation.</summary>
    /// <param name="annotations">The new annotations.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="annotations"/>, a key or a value is null.</exception>
    TSelf WithAnnotations(IEnumerable<KeyValuePair<string, string>> annotations);
}
