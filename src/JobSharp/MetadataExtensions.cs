using JobSharp.Internal;

namespace JobSharp;

/// <summary>Label and annotation setters for every <see cref="IHasMetadata{TSelf}"/>; each returns a new value of the same type.</summary>
/// <example><code>
/// job.WithLabel("app.kubernetes.io/part-of", "shop");
/// cronJob.WithLabel("app.kubernetes.io/part-of", "shop").WithAnnotation("owner", "payments");
/// </code></example>
public static class MetadataExtensions
{
    /// <summary>Sets a label (<c>metadata.labels</c>), replacing any value the key had.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The Job or CronJob.</param>
    /// <param name="key">The label key, such as <c>app.kubernetes.io/part-of</c>.</param>
    /// <param name="label">The label value.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithLabel<T>(this T value, string key, string label)
        where T : class, IHasMetadata<T> =>
        Guard.NotNull(value).WithLabels(Set(value.Labels, Guard.NotNull(key), Guard.NotNull(label)));

    /// <summary>Removes a label, if it is set.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The Job or CronJob.</param>
    /// <param name="key">The label key.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithoutLabel<T>(this T value, string key)
        where T : class, IHasMetadata<T> =>
        Guard.NotNull(value).WithLabels(Remove(value.Labels, Guard.NotNull(key)));

    /// <summary>Sets an annotation (<c>metadata.annotations</c>), replacing any value the key had.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The Job or CronJob.</param>
    /// <param name="key">The annotation key.</param>
    /// <param name="annotation">The annotation value.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithAnnotation<T>(this T value, string key, string annotation)
        where T : class, IHasMetadata<T> =>
        Guard.NotNull(value).WithAnnotations(Set(value.Annotations, Guard.NotNull(key), Guard.NotNull(annotation)));

    /// <summary>Removes an annotation, if it is set.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The Job or CronJob.</param>
    /// <param name="key">The annotation key.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T WithoutAnnotation<T>(this T value, string key)
        where T : class, IHasMetadata<T> =>
        Guard.NotNull(value).WithAnnotations(Remove(value.Annotations, Guard.NotNull(key)));

    private static IEnumerable<KeyValuePair<string, string>> Set(IReadOnlyDictionary<string, string> map, string key, string value) =>
        map.Where(p => p.Key != key).Append(KeyValuePair.Create(key, value));

    private static IEnumerable<KeyValuePair<string, string>> Remove(IReadOnlyDictionary<string, string> map, string key) =>
        map.Where(p => p.Key != key);
}
