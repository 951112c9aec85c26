using System.Collections.Immutable;
using System.Globalization;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>One condition on a node's labels, for <see cref="NodeAffinity"/> (<c>matchExpressions[]</c>).</summary>
public sealed class NodeRequirement
{
    private NodeRequirement(string key, string @operator, ImmutableList<string> values)
    {
        Key = key;
        Operator = @operator;
        Values = values;
    }

    /// <summary>The node label key, such as <c>topology.kubernetes.io/zone</c>.</summary>
    public string Key { get; }

    /// <summary><c>In</c>, <c>NotIn</c>, <c>Exists</c>, <c>DoesNotExist</c>, <c>Gt</c> or <c>Lt</c>.</summary>
    public string Operator { get; }

    /// <summary>The values compared against.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The label has one of <paramref name="values"/>.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="values">The accepted values; at least one.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException">The key is empty, or there are no values, or a value is null.</exception>
    public static NodeRequirement In(string key, params IEnumerable<string> values) => new(Guard.NotEmpty(key), "In", Some(values));

    /// <summary>The label is missing or has none of <paramref name="values"/>.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="values">The rejected values; at least one.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException">The key is empty, or there are no values, or a value is null.</exception>
    public static NodeRequirement NotIn(string key, params IEnumerable<string> values) => new(Guard.NotEmpty(key), "NotIn", Some(values));

    /// <summary>The node has the label.</summary>
    /// <param name="key">The label key.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public static NodeRequirement Exists(string key) => new(Guard.NotEmpty(key), "Exists", []);

    /// <summary>The node does not have the label.</summary>
    /// <param name="key">The label key.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public static NodeRequirement DoesNotExist(string key) => new(Guard.NotEmpty(key), "DoesNotExist", []);

    /// <summary>The label, read as an integer, is greater than <paramref name="value"/>.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="value">The bound.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public static NodeRequirement GreaterThan(string key, long value) =>
        new(Guard.NotEmpty(key), "Gt", [value.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>The label, read as an integer, is less than <paramref name="value"/>.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="value">The bound.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public static NodeRequirement LessThan(string key, long value) =>
        new(Guard.NotEmpty(key), "Lt", [value.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>Builds the model's <see cref="V1NodeSelectorRequirement"/>.</summary>
    /// <returns>A new <see cref="V1NodeSelectorRequirement"/>.</returns>
    public V1NodeSelectorRequirement ToModel() =>
        new() { Key = Key, OperatorProperty = Operator, Values = Values.Count == 0 ? null : [.. Values] };

    private static ImmutableList<string> Some(IEnumerable<string> values) => Guard.Items(values, nonEmpty: true);
}
