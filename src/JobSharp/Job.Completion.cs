using JobSharp.Internal;

namespace JobSharp;

public sealed partial class Job
{
    /// <summary>
    /// How many pods must succeed before the Job is complete (<c>spec.completions</c>). When neither this nor
    /// <see cref="WithParallelism"/> is set, the API server sets both to 1.
    /// </summary>
    /// <param name="completions">The number of successful pods needed, 0 or more.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completions"/> is negative.</exception>
    public Job WithCompletions(int completions) =>
        new(_state with { Completions = Guard.NotNegative(completions) });

    /// <summary>How many pods may run at the same time (<c>spec.parallelism</c>); the server's default is 1.</summary>
    /// <param name="parallelism">The most pods running at once, 0 or more (0 pauses the Job).</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is negative.</exception>
    public Job WithParallelism(int parallelism) =>
        new(_state with { Parallelism = Guard.NotNegative(parallelism) });

    /// <summary>
    /// Limits how long the Job may be active, counted from its start (<c>spec.activeDeadlineSeconds</c>).
    /// When it runs out, running pods are stopped and the Job fails with reason <c>DeadlineExceeded</c>,
    /// whatever retries remain. No deadline is set by default: a stuck Job runs forever.
    /// </summary>
    /// <param name="deadline">A whole number of seconds.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deadline"/> is negative or not whole seconds.</exception>
    public Job WithActiveDeadline(TimeSpan deadline) =>
        new(_state with { ActiveDeadlineSeconds = Guard.WholeSeconds(deadline) });

    /// <summary>
    /// Deletes the finished Job, and its pods, this long after it completes or fails
    /// (<c>spec.ttlSecondsAfterFinished</c>). Without it, finished Jobs and their pods stay until deleted.
    /// </summary>
    /// <param name="ttl">A whole number of seconds; zero deletes the Job as soon as it finishes.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ttl"/> is negative, not whole seconds, or too large.</exception>
    public Job WithTtlAfterFinished(TimeSpan ttl) =>
        new(_state with { TtlSecondsAfterFinished = Guard.WholeSecondsInt32(ttl) });

    /// <summary>
    /// Makes the Job Indexed (<c>spec.completionMode: Indexed</c>): each of <paramref name="completions"/> pods
    /// gets an index from 0, in the <c>JOB_COMPLETION_INDEX</c> environment variable and the
    /// <c>batch.kubernetes.io/job-completion-index</c> annotation, and the Job is complete when every index has
    /// succeeded. Per-index retries and a success policy exist only here, so they cannot land on a Job that is
    /// not Indexed.
    /// </summary>
    /// <param name="completions">The number of indexes, 0 or more.</param>
    /// <param name="configure">Sets per-index limits, FailIndex rules and the success policy; optional.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completions"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> returns null.</exception>
    /// <exception cref="InvalidOperationException">FailIndex rules are added while the Job restarts containers in place.</exception>
    public Job Indexed(int completions, Func<IndexedCompletion, IndexedCompletion>? configure = null)
    {
        var indexed = configure is null
            ? IndexedCompletion.Default
            : Guard.Returned(configure(IndexedCompletion.Default), nameof(configure));
        return Checked(_state with { Completions = Guard.NotNegative(completions), CompletionMode = JobSharp.CompletionMode.Indexed, Indexed = indexed });
    }

    /// <summary>The completion mode set with <see cref="Indexed"/> or <see cref="NonIndexed"/>; null leaves it to the server (NonIndexed).</summary>
    public CompletionMode? CompletionMode => _state.CompletionMode;

    /// <summary>
    /// Writes <c>completionMode: NonIndexed</c> explicitly (the server's default) and drops any Indexed settings:
    /// the Job is complete after <see cref="WithCompletions"/> pods have succeeded, whichever they were.
    /// </summary>
    /// <returns>A new Job.</returns>
    public Job NonIndexed() => new(_state with { CompletionMode = JobSharp.CompletionMode.NonIndexed, Indexed = IndexedCompletion.Default });

    /// <summary>
    /// Creates the Job suspended (<c>spec.suspend</c>): no pods start until it is resumed, and resuming restarts
    /// the active deadline. Suspending a running Job deletes its active pods.
    /// </summary>
    /// <param name="suspend">True to suspend; false writes <c>suspend: false</c>.</param>
    /// <returns>A new Job.</returns>
    public Job WithSuspend(bool suspend = true) => new(_state with { Suspend = suspend });

    /// <summary>
    /// Hands the Job to another controller (<c>spec.managedBy</c>, a domain-prefixed path such as
    /// <c>kueue.x-k8s.io/multikueue</c>); the built-in Job controller then ignores it.
    /// </summary>
    /// <param name="controller">The controller's name.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentException"><paramref name="controller"/> is null or empty.</exception>
    public Job WithManagedBy(string controller) => new(_state with { ManagedBy = Guard.NotEmpty(controller) });

    /// <summary>
    /// Chooses the pod selector yourself (<c>spec.selector</c> with <c>spec.manualSelector: true</c>) instead of
    /// the generated, unique one. Its <c>matchLabels</c> are also put on the pod template, so the selector always
    /// matches the Job's pods; make sure it matches no other pods. Not allowed in a CronJob's job template.
    /// </summary>
    /// <param name="selector">The selector.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="selector"/> is null.</exception>
    public Job WithManualSelector(LabelSelector selector) => new(_state with { Selector = Guard.NotNull(selector) });
}
