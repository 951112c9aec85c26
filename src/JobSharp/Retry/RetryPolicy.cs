using System.Collections.Immutable;
using JobSharp.Internal;

namespace JobSharp;

/// <summary>
/// How a Job retries, as one value: the restart policy, the backoff limit and the pod failure policy rules. The
/// valid combinations are the easy ones to write: pod failure rules need <see cref="JobRestartPolicy.Never"/>, which
/// is the default, and a policy that restarts containers in place offers no rules. Immutable.
/// </summary>
/// <example><code>
/// job.WithRetry(r => r
///     .WithBackoffLimit(4)
///     .FailJobOnExitCodes("main", 42)   // a known, permanent error: stop at once
///     .IgnoreDisruptions());            // evictions and preemptions do not use up retries
/// </code></example>
public sealed class RetryPolicy
{
    private readonly ImmutableList<PodFailureRule> _rules;

    private RetryPolicy(JobRestartPolicy restartPolicy, int? backoffLimit, ImmutableList<PodFailureRule> rules)
    {
        RestartPolicy = restartPolicy;
        BackoffLimit = backoffLimit;
        _rules = rules;
    }

    /// <summary>Restart policy <c>Never</c>, the server's backoff limit (6), no pod failure rules.</summary>
    public static RetryPolicy Default { get; } = new(JobRestartPolicy.Never, null, []);

    /// <summary>The pod's restart policy. The default is <see cref="JobRestartPolicy.Never"/>.</summary>
    public JobRestartPolicy RestartPolicy { get; }

    /// <summary>The retries allowed before the Job fails, or null for the server's default (6).</summary>
    public int? BackoffLimit { get; }

    /// <summary>The pod failure policy rules, in the order they are checked.</summary>
    public IReadOnlyList<PodFailureRule> Rules => _rules;

    /// <summary>
    /// How many retries are allowed before the Job fails with <c>BackoffLimitExceeded</c> (<c>spec.backoffLimit</c>).
    /// With <c>Never</c> each failed pod counts; with <c>OnFailure</c> each container restart counts.
    /// </summary>
    /// <param name="backoffLimit">The number of retries, 0 or more.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="backoffLimit"/> is negative.</exception>
    public RetryPolicy WithBackoffLimit(int backoffLimit) => new(RestartPolicy, Guard.NotNegative(backoffLimit), _rules);

    /// <summary>Sets the restart policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException"><see cref="JobRestartPolicy.OnFailure"/> while pod failure rules are set.</exception>
    public RetryPolicy WithRestartPolicy(JobRestartPolicy policy)
    {
        return Guard.Defined(policy) == JobRestartPolicy.OnFailure && !_rules.IsEmpty
            ? throw new InvalidOperationException("A pod failure policy needs restartPolicy Never; remove the rules (WithoutRules) before restarting containers in place.")
            : new(policy, BackoffLimit, _rules);
    }

    /// <summary>Restarts a failed container in the same pod (<c>restartPolicy: OnFailure</c>); each restart counts as a retry.</summary>
    /// <returns>A new policy.</returns>
    /// <exception cref="InvalidOperationException">Pod failure rules are set; they need <c>Never</c>.</exception>
    public RetryPolicy RestartContainersInPlace() => WithRestartPolicy(JobRestartPolicy.OnFailure);

    /// <summary>Appends a pod failure policy rule; rules are checked in order, and the first match wins.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The restart policy is <c>OnFailure</c>, which pod failure policies do not allow.</exception>
    public RetryPolicy AddRule(PodFailureRule rule)
    {
        Guard.NotNull(rule);
        if (RestartPolicy == JobRestartPolicy.OnFailure)
        {
            throw new InvalidOperationException("A pod failure policy needs restartPolicy Never, but this policy restarts containers in place (OnFailure).");
        }

        return _rules.Count >= 20
            ? throw new InvalidOperationException("A pod failure policy has at most 20 rules.")
            : new(RestartPolicy, BackoffLimit, _rules.Add(rule));
    }

    /// <summary>Fails the Job at once when any container exits with one of <paramref name="exitCodes"/>.</summary>
    /// <param name="exitCodes">Non-zero exit codes that mean retrying cannot help.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">No codes, or a 0 code.</exception>
    /// <exception cref="InvalidOperationException">The restart policy is <c>OnFailure</c>.</exception>
    public RetryPolicy FailJobOnExitCodes(params IEnumerable<int> exitCodes) =>
        AddRule(PodFailureRule.OnExitCodes(PodFailureAction.FailJob, exitCodes));

    /// <summary>Fails the Job at once when the container <paramref name="containerName"/> exits with one of <paramref name="exitCodes"/>.</summary>
    /// <param name="containerName">The container checked.</param>
    /// <param name="exitCodes">Non-zero exit codes that mean retrying cannot help.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">No codes, a 0 code, or a null or empty container name.</exception>
    /// <exception cref="InvalidOperationException">The restart policy is <c>OnFailure</c>.</exception>
    public RetryPolicy FailJobOnExitCodes(string containerName, params IEnumerable<int> exitCodes) =>
        AddRule(PodFailureRule.OnExitCodes(PodFailureAction.FailJob, exitCodes, Guard.NotEmpty(containerName)));

    /// <summary>Does not count failures with one of <paramref name="exitCodes"/> as retries (the pod is replaced).</summary>
    /// <param name="exitCodes">Non-zero exit codes that mean "try again, for free".</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">No codes, or a 0 code.</exception>
    /// <exception cref="InvalidOperationException">The restart policy is <c>OnFailure</c>.</exception>
    public RetryPolicy IgnoreExitCodes(params IEnumerable<int> exitCodes) =>
        AddRule(PodFailureRule.OnExitCodes(PodFailureAction.Ignore, exitCodes));

    /// <summary>
    /// Does not count pods that failed because of a disruption (eviction, preemption, node drain: the
    /// <c>DisruptionTarget</c> condition) as retries.
    /// </summary>
    /// <returns>A new policy.</returns>
    /// <exception cref="InvalidOperationException">The restart policy is <c>OnFailure</c>.</exception>
    public RetryPolicy IgnoreDisruptions() =>
        AddRule(PodFailureRule.OnPodCondition(PodFailureAction.Ignore, "DisruptionTarget"));

    /// <summary>Fails the Job at once when a failed pod has the condition <paramref name="conditionType"/> (status True).</summary>
    /// <param name="conditionType">The pod condition type, such as <c>ConfigIssue</c>.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="conditionType"/> is null or empty.</exception>
    /// <exception cref="InvalidOperationException">The restart policy is <c>OnFailure</c>.</exception>
    public RetryPolicy FailJobOnPodCondition(string conditionType) =>
        AddRule(PodFailureRule.OnPodCondition(PodFailureAction.FailJob, conditionType));

    /// <summary>Removes every pod failure rule.</summary>
    /// <returns>A new policy.</returns>
    public RetryPolicy WithoutRules() => new(RestartPolicy, BackoffLimit, []);
}
