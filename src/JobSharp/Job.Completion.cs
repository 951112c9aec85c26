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
}
