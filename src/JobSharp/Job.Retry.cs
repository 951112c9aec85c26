using JobSharp.Internal;

namespace JobSharp;

public sealed partial class Job
{
    /// <summary>
    /// How many retries are allowed before the Job is marked Failed with reason <c>BackoffLimitExceeded</c>
    /// (<c>spec.backoffLimit</c>; the server's default is 6). With <see cref="JobRestartPolicy.Never"/> each
    /// failed pod counts; with <see cref="JobRestartPolicy.OnFailure"/> each container restart counts.
    /// </summary>
    /// <param name="backoffLimit">The number of retries, 0 or more.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="backoffLimit"/> is negative.</exception>
    public Job WithBackoffLimit(int backoffLimit) =>
        new(_state with { BackoffLimit = Guard.NotNegative(backoffLimit) });

    /// <summary>
    /// What happens when a container fails (<c>spec.template.spec.restartPolicy</c>). The default is
    /// <see cref="JobRestartPolicy.Never"/>, and it is always written out.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new Job.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined value.</exception>
    public Job WithRestartPolicy(JobRestartPolicy policy) =>
        Enum.IsDefined(policy)
            ? new(_state with { RestartPolicy = policy })
            : throw new ArgumentOutOfRangeException(nameof(policy), policy, "Jobs accept only Never and OnFailure.");
}
