namespace JobSharp.Explaining;

/// <summary>What a CronJob will do: when it runs, in which time zone, how it handles overlaps and missed runs, and its Job.</summary>
public sealed record CronJobFacts
{
    /// <summary>The CronJob's name.</summary>
    public required string Name { get; init; }

    /// <summary>The namespace, or null when none is set.</summary>
    public string? Namespace { get; init; }

    /// <summary>The cron expression as written.</summary>
    public required string Schedule { get; init; }

    /// <summary>The schedule in words, such as <c>every day at 02:00</c>; null when it has no simple reading.</summary>
    public string? ScheduleInWords { get; init; }

    /// <summary>The IANA time zone, or null: then the kube-controller-manager's local time zone applies.</summary>
    public string? TimeZone { get; init; }

    /// <summary>True when <c>suspend: true</c>: no new runs start.</summary>
    public bool Suspended { get; init; }

    /// <summary><c>Allow</c>, <c>Forbid</c> or <c>Replace</c> (default Allow).</summary>
    public required string ConcurrencyPolicy { get; init; }

    /// <summary>True when concurrencyPolicy is not set.</summary>
    public bool ConcurrencyPolicyIsDefault { get; init; }

    /// <summary>How late a run may still start, in seconds, or null (no limit).</summary>
    public long? StartingDeadlineSeconds { get; init; }

    /// <summary><see cref="StartingDeadlineSeconds"/> in words, or null.</summary>
    public string? StartingDeadline { get; init; }

    /// <summary>How many finished successful Jobs are kept (default 3).</summary>
    public int SuccessfulJobsHistoryLimit { get; init; }

    /// <summary>How many finished failed Jobs are kept (default 1).</summary>
    public int FailedJobsHistoryLimit { get; init; }

    /// <summary>The facts of each run's Job.</summary>
    public required JobFacts Job { get; init; }
}
