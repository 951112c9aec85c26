using System.Collections.Immutable;
using JobSharp.Internal;

namespace JobSharp;

/// <summary>
/// The settings only an Indexed Job has: a backoff limit per index, the most indexes that may fail, rules that
/// fail one index at once, and a success policy. Written inside <see cref="Job.Indexed"/>, so they cannot be put on
/// a Job that is not Indexed. Immutable.
/// </summary>
/// <example><code>
/// Job.Create("render-frames").Indexed(completions: 100, i => i
///     .WithBackoffLimitPerIndex(2)
///     .WithMaxFailedIndexes(5)
///     .FailIndexOnExitCodes(3)
///     .SucceedWhen(SuccessRule.WhenCountSucceeds(95)))
/// </code></example>
public sealed class IndexedCompletion
{
    private readonly ImmutableList<SuccessRule> _successRules;
    private readonly ImmutableList<PodFailureRule> _failIndexRules;

    private IndexedCompletion(int? backoffLimitPerIndex, int? maxFailedIndexes, ImmutableList<SuccessRule> successRules, ImmutableList<PodFailureRule> failIndexRules)
    {
        BackoffLimitPerIndex = backoffLimitPerIndex;
        MaxFailedIndexes = maxFailedIndexes;
        _successRules = successRules;
        _failIndexRules = failIndexRules;
    }

    /// <summary>No per-index limits and no success policy.</summary>
    public static IndexedCompletion Default { get; } = new(null, null, [], []);

    /// <summary>Retries allowed per index (<c>spec.backoffLimitPerIndex</c>), or null for one shared backoff limit.</summary>
    public int? BackoffLimitPerIndex { get; }

    /// <summary>Failed indexes tolerated before the whole Job fails (<c>spec.maxFailedIndexes</c>), or null for no limit.</summary>
    public int? MaxFailedIndexes { get; }

    /// <summary>The success policy rules, in order.</summary>
    public IReadOnlyList<SuccessRule> SuccessRules => _successRules;

    /// <summary>The <c>FailIndex</c> pod failure rules.</summary>
    public IReadOnlyList<PodFailureRule> FailIndexRules => _failIndexRules;

    /// <summary>
    /// Gives each index its own retries (<c>spec.backoffLimitPerIndex</c>): an index fails after
    /// <paramref name="limit"/> + 1 failed attempts, while the others keep running.
    /// </summary>
    /// <param name="limit">Retries per index, 0 or more.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is negative.</exception>
    public IndexedCompletion WithBackoffLimitPerIndex(int limit) =>
        new(Guard.NotNegative(limit), MaxFailedIndexes, _successRules, _failIndexRules);

    /// <summary>Fails the whole Job once more than <paramref name="max"/> indexes have failed (<c>spec.maxFailedIndexes</c>).</summary>
    /// <param name="max">Failed indexes tolerated, 0 or more.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">No per-index backoff limit is set; the API requires one.</exception>
    public IndexedCompletion WithMaxFailedIndexes(int max) =>
        BackoffLimitPerIndex is null
            ? throw new InvalidOperationException("maxFailedIndexes needs a per-index backoff limit: call WithBackoffLimitPerIndex first.")
            : new(BackoffLimitPerIndex, Guard.NotNegative(max), _successRules, _failIndexRules);

    /// <summary>Marks an index failed at once, without using its retries, when a container exits with one of <paramref name="exitCodes"/>.</summary>
    /// <param name="exitCodes">Non-zero exit codes.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentException">No codes, or a 0 code.</exception>
    /// <exception cref="InvalidOperationException">No per-index backoff limit is set; <c>FailIndex</c> requires one.</exception>
    public IndexedCompletion FailIndexOnExitCodes(params IEnumerable<int> exitCodes) =>
        BackoffLimitPerIndex is null
            ? throw new InvalidOperationException("FailIndex rules need a per-index backoff limit: call WithBackoffLimitPerIndex first.")
            : new(BackoffLimitPerIndex, MaxFailedIndexes, _successRules, _failIndexRules.Add(PodFailureRule.OnExitCodes(PodFailureAction.FailIndex, exitCodes)));

    /// <summary>Adds a success policy rule: the Job succeeds as soon as any rule is met (<c>spec.successPolicy</c>).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A new value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="InvalidOperationException">There are already 20 rules.</exception>
    public IndexedCompletion SucceedWhen(SuccessRule rule) =>
        _successRules.Count >= 20
            ? throw new InvalidOperationException("A success policy has at most 20 rules.")
            : new(BackoffLimitPerIndex, MaxFailedIndexes, _successRules.Add(Guard.NotNull(rule)), _failIndexRules);
}
