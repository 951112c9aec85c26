using System.Globalization;
using System.Text;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// One rule of an Indexed Job's success policy (<c>spec.successPolicy.rules[]</c>): the Job succeeds early when the
/// given indexes succeed, or a number of them, or both. Remaining pods are then stopped.
/// </summary>
/// <example><code>
/// SuccessRule.WhenIndexesSucceed(0)              // the leader finished: done
/// SuccessRule.WhenCountSucceeds(3)               // any 3 indexes
/// SuccessRule.WhenIndexesSucceed("0-4").WithSucceededCount(2)  // any 2 of 0..4
/// </code></example>
public sealed record SuccessRule
{
    private SuccessRule(string? indexes, int? count)
    {
        SucceededIndexes = indexes;
        SucceededCount = count;
    }

    /// <summary>The indexes as an interval list, such as <c>0-2,5</c>; null when the rule only counts.</summary>
    public string? SucceededIndexes { get; }

    /// <summary>How many (of <see cref="SucceededIndexes"/>, when set) must succeed; null for all of them.</summary>
    public int? SucceededCount { get; }

    /// <summary>The Job succeeds when every one of <paramref name="indexes"/> has succeeded.</summary>
    /// <param name="indexes">The indexes, 0 or more each; at least one. Order and repeats do not matter.</param>
    /// <returns>The rule; the indexes are written as sorted intervals (<c>0-2,5</c>).</returns>
    /// <exception cref="ArgumentException">No indexes, or a negative one.</exception>
    public static SuccessRule WhenIndexesSucceed(params IEnumerable<int> indexes)
    {
        var sorted = Guard.NotNull(indexes).Distinct().Order().ToList();
        if (sorted.Count == 0 || sorted[0] < 0)
        {
            throw Guard.Invalid("At least one index is needed, and indexes are 0 or more.", nameof(indexes));
        }

        var text = new StringBuilder();
        for (var i = 0; i < sorted.Count; i++)
        {
            var start = sorted[i];
            while (i + 1 < sorted.Count && sorted[i + 1] == sorted[i] + 1)
            {
                i++;
            }

            text.Append(text.Length == 0 ? string.Empty : ",").Append(start.ToString(CultureInfo.InvariantCulture));
            if (sorted[i] != start)
            {
                text.Append('-').Append(sorted[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return new(text.ToString(), null);
    }

    /// <summary>The Job succeeds when every index in <paramref name="intervals"/> (such as <c>0-2,5</c>) has succeeded.</summary>
    /// <param name="intervals">Comma-separated indexes and ranges, ascending, without overlaps.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="intervals"/> is null or not an ascending interval list.</exception>
    public static SuccessRule WhenIndexesSucceed(string intervals)
    {
        Guard.NotEmpty(intervals);
        var previous = -1L;
        foreach (var fragment in intervals.Split(','))
        {
            var parts = fragment.Split('-');
            if (parts.Length > 2)
            {
                throw Guard.Invalid($"'{fragment}' has more than two parts separated by '-'.", nameof(intervals));
            }

            for (var i = 0; i < parts.Length; i++)
            {
                // A range may start and end on the same index (1-1); each fragment must start after the previous one ends.
                var floor = i == 0 ? previous + 1 : previous;
                if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < floor || index > int.MaxValue)
                {
                    throw Guard.Invalid($"'{intervals}' is not an ascending list of indexes and ranges such as 0-2,5.", nameof(intervals));
                }

                previous = index;
            }
        }

        return new(intervals, null);
    }

    /// <summary>The Job succeeds when any <paramref name="count"/> indexes have succeeded.</summary>
    /// <param name="count">The number of indexes, 1 or more.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static SuccessRule WhenCountSucceeds(int count) => new(null, Positive(count));

    /// <summary>Requires only <paramref name="count"/> of the rule's indexes to succeed.</summary>
    /// <param name="count">The number, 1 or more.</param>
    /// <returns>A new rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public SuccessRule WithSucceededCount(int count) => new(SucceededIndexes, Positive(count));

    /// <summary>Builds the model's <see cref="V1SuccessPolicyRule"/>.</summary>
    /// <returns>A new <see cref="V1SuccessPolicyRule"/>.</returns>
    public V1SuccessPolicyRule ToModel() => new() { SucceededIndexes = SucceededIndexes, SucceededCount = SucceededCount };

    private static int Positive(int count, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(count))] string? name = null) =>
        Guard.InRange(count, 1, int.MaxValue, name);
}
