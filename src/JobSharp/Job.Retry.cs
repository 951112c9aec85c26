using JobSharp.Internal;

namespace JobSharp;

public sealed partial class Job
{
    /// <summary>How the Job retries: restart policy, backoff limit and pod failure rules, as one value.</summary>
    public RetryPolicy Retry => _state.Retry;

    /// <summary>
    /// Changes how the Job retries, as one concept: restart policy, backoff limit and pod failure policy rules.
    /// Pod failure rules need restart policy <c>Never</c>, the default; a policy that restarts containers in place
    /// does not accept rules.
    /// </summary>
    /// <param name="change">Returns the changed policy, starting from the current one.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null or returns null.</exception>
    /// <example><code>
    /// job.WithRetry(r => r.WithBackoffLimit(3).FailJobOnExitCodes("main", 42).IgnoreDisruptions())
    /// </code></example>
    public Job WithRetry(Func<RetryPolicy, RetryPolicy> change)
    {
        Guard.NotNull(change);
        return WithRetry(Guard.Returned(change(_state.Retry), nameof(change)));
    }

    /// <summary>Replaces how the Job retries.</summary>
    /// <param name="retry">The policy.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="retry"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The policy restarts containers in place, but the Job has FailIndex rules.</exception>
    public Job WithRetry(RetryPolicy retry) => Checked(_state with { Retry = Guard.NotNull(retry) });

    /// <summary>
    /// How many retries are allowed before the Job is marked Failed with reason <c>BackoffLimitExceeded</c>
    /// (<c>spec.backoffLimit</c>; the server's default is 6). With <see cref="JobRestartPolicy.Never"/> each
    /// failed pod counts; with <see cref="JobRestartPolicy.OnFailure"/> each container restart counts.
    /// A shortcut for <c>WithRetry(r =&gt; r.WithBackoffLimit(n))</c>.
    /// </summary>
    /// <param name="backoffLimit">The number of retries, 0 or more.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="backoffLimit"/> is negative.</exception>
    public Job WithBackoffLimit(int backoffLimit) => WithRetry(_state.Retry.WithBackoffLimit(backoffLimit));

    /// <summary>
    /// What happens when a container fails (<c>spec.template.spec.restartPolicy</c>). The default is
    /// <see cref="JobRestartPolicy.Never"/>, and it is always written out. A shortcut for
    /// <c>WithRetry(r =&gt; r.WithRestartPolicy(policy))</c>.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined value.</exception>
    /// <exception cref="InvalidOperationException"><c>OnFailure</c> while pod failure rules are set.</exception>
    public Job WithRestartPolicy(JobRestartPolicy policy) => WithRetry(_state.Retry.WithRestartPolicy(policy));

    /// <summary>
    /// When the Job replaces a failing pod (<c>spec.podReplacementPolicy</c>). With a pod failure policy only
    /// <see cref="PodReplacementPolicy.Failed"/> is allowed, and it is the server's default then.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException"><see cref="PodReplacementPolicy.TerminatingOrFailed"/> while the Job has pod failure rules.</exception>
    public Job WithPodReplacementPolicy(PodReplacementPolicy policy) =>
        Checked(_state with { PodReplacementPolicy = Guard.Defined(policy) });

    /// <summary>Rejects the combinations the API server refuses that span the retry policy and the Indexed settings.</summary>
    private static Job Checked(State state)
    {
        var failIndexRules = state.CompletionMode == JobSharp.CompletionMode.Indexed && state.Indexed.FailIndexRules.Count > 0;
        if (state.Retry.RestartPolicy == JobRestartPolicy.OnFailure && failIndexRules)
        {
            throw new InvalidOperationException("FailIndex rules are pod failure policy rules, which need restartPolicy Never; this Job restarts containers in place (OnFailure).");
        }

        if (state.PodReplacementPolicy == PodReplacementPolicy.TerminatingOrFailed && (failIndexRules || state.Retry.Rules.Count > 0))
        {
            throw new InvalidOperationException("With a pod failure policy, pods are replaced only once they have terminated: podReplacementPolicy must be Failed.");
        }

        return new(state);
    }
}
