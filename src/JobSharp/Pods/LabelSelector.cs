using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A label selector for <see cref="Job.WithManualSelector"/>: which pods belong to the Job. Immutable: every call
/// returns a new selector.
/// </summary>
/// <example><code>
/// job.WithManualSelector(LabelSelector.Matching("app", "reindex").And("run", "2024-06"))
/// </code></example>
public sealed class LabelSelector
{
    private readonly ImmutableSortedDictionary<string, string> _labels;
    private readonly ImmutableList<V1LabelSelectorRequirement> _expressions;

    private LabelSelector(ImmutableSortedDictionary<string, string> labels, ImmutableList<V1LabelSelectorRequirement> expressions)
    {
        _labels = labels;
        _expressions = expressions;
    }

    /// <summary>The <c>matchLabels</c> part: exact label values every selected pod has.</summary>
    public IReadOnlyDictionary<string, string> MatchLabels => _labels;

    /// <summary>Selects pods whose label <paramref name="key"/> is <paramref name="value"/>.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="value">The label value.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentException">The key is null or empty, or the value is null.</exception>
    public static LabelSelector Matching(string key, string value) => new LabelSelector(Maps.Empty, []).And(key, value);

    /// <summary>Also requires label <paramref name="key"/> to be <paramref name="value"/>.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="value">The label value.</param>
    /// <returns>A new selector.</returns>
    /// <exception cref="ArgumentException">The key is null or empty, or the value is null.</exception>
    public LabelSelector And(string key, string value) =>
        new(_labels.SetItem(Guard.NotEmpty(key), Guard.NotNull(value)), _expressions);

    /// <summary>Also requires label <paramref name="key"/> to have one of <paramref name="values"/> (<c>In</c>).</summary>
    /// <param name="key">The label key.</param>
    /// <param name="values">The accepted values; at least one.</param>
    /// <returns>A new selector.</returns>
    /// <exception cref="ArgumentException">The key is empty, or there are no values.</exception>
    public LabelSelector AndIn(string key, params IEnumerable<string> values)
    {
        var list = Guard.Items(values, nonEmpty: true);
        return new(_labels, _expressions.Add(new V1LabelSelectorRequirement { Key = Guard.NotEmpty(key), OperatorProperty = "In", Values = [.. list] }));
    }

    /// <summary>Also requires the label <paramref name="key"/> to exist (<c>Exists</c>).</summary>
    /// <param name="key">The label key.</param>
    /// <returns>A new selector.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public LabelSelector AndExists(string key) =>
        new(_labels, _expressions.Add(new V1LabelSelectorRequirement { Key = Guard.NotEmpty(key), OperatorProperty = "Exists" }));

    /// <summary>Builds the model's <see cref="V1LabelSelector"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1LabelSelector"/>.</returns>
    public V1LabelSelector ToModel() => new()
    {
        MatchLabels = Maps.ToModel(_labels),
        MatchExpressions = _expressions.IsEmpty
            ? null
            : [.. _expressions.Select(e => new V1LabelSelectorRequirement { Key = e.Key, OperatorProperty = e.OperatorProperty, Values = e.Values is null ? null : [.. e.Values] })],
    };
}
