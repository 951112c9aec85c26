namespace JobSharp.Explaining;

/// <summary>
/// What a Job will do, as plain data computed from its spec with the API server's defaults applied: the facts
/// behind <c>explain</c>. Templates turn them into words.
/// </summary>
public sealed record JobFacts
{
    /// <summary>The Job's name (for a CronJob's template, the CronJob's name).</summary>
    public required string Name { get; init; }

    /// <summary>The namespace, or null when none is set.</summary>
    public string? Namespace { get; init; }

    /// <summary>True when these are the facts of a CronJob's job template.</summary>
    public bool IsCronJobTemplate { get; init; }

    /// <summary>The containers: init containers and sidecars first, then the main containers.</summary>
    public IReadOnlyList<ContainerFacts> Containers { get; init; } = [];

    /// <summary>True when the completion mode is Indexed: each pod gets an index 0..completions−1.</summary>
    public bool IsIndexed { get; init; }

    /// <summary>The successes needed (defaults applied); null for a work queue, done at the first success.</summary>
    public int? Completions { get; init; }

    /// <summary>The parallelism (default 1).</summary>
    public int Parallelism { get; init; }

    /// <summary>The most pods that run at the same time: parallelism, but never more than completions.</summary>
    public int PodsAtOnce { get; init; }

    /// <summary>True when <c>suspend: true</c>: no pods run until it is resumed.</summary>
    public bool Suspended { get; init; }

    /// <summary><c>Never</c> or <c>OnFailure</c>.</summary>
    public required string RestartPolicy { get; init; }

    /// <summary>The backoff limit (default 6).</summary>
    public int BackoffLimit { get; init; }

    /// <summary>True when backoffLimit is not set and the default applies.</summary>
    public bool BackoffLimitIsDefault { get; init; }

    /// <summary>The retries allowed per index (<c>backoffLimitPerIndex</c>), or null.</summary>
    public int? BackoffLimitPerIndex { get; init; }

    /// <summary>How many indexes may fail before the Job fails (<c>maxFailedIndexes</c>), or null.</summary>
    public int? MaxFailedIndexes { get; init; }

    /// <summary>The controller's waits before the first re-created pods, such as <c>10s</c>, <c>20s</c>, <c>40s</c>.</summary>
    public IReadOnlyList<string> RetryDelays { get; init; } = [];

    /// <summary>True when more retries are allowed than <see cref="RetryDelays"/> lists (each further wait is <see cref="RetryDelayMaxShort"/>).</summary>
    public bool MoreRetriesThanListed { get; init; }

    /// <summary>The Job controller's first wait before it re-creates a failed pod, in words (<c>10 seconds</c>); it doubles with each failure.</summary>
    public string RetryDelayFirst { get; init; } = "";

    /// <summary>The Job controller's longest wait before it re-creates a failed pod, in words (<c>10 minutes</c>).</summary>
    public string RetryDelayMax { get; init; } = "";

    /// <summary>The longest wait written short, as in <see cref="RetryDelays"/> (<c>10m</c>).</summary>
    public string RetryDelayMaxShort { get; init; } = "";

    /// <summary>The kubelet's first wait before it restarts a failed container in place, in words (<c>10 seconds</c>); it doubles with each restart.</summary>
    public string RestartDelayFirst { get; init; } = "";

    /// <summary>The kubelet's longest wait between restarts of a container, in words (<c>5 minutes</c>).</summary>
    public string RestartDelayMax { get; init; } = "";

    /// <summary><c>TerminatingOrFailed</c> or <c>Failed</c> (defaults applied).</summary>
    public required string PodReplacementPolicy { get; init; }

    /// <summary>The deadline in seconds (<c>activeDeadlineSeconds</c>), or null.</summary>
    public long? ActiveDeadlineSeconds { get; init; }

    /// <summary>The deadline in words, such as <c>30 minutes</c>, or null.</summary>
    public string? ActiveDeadline { get; init; }

    /// <summary>The pod failure policy's rules in words, in order.</summary>
    public IReadOnlyList<string> PodFailureRules { get; init; } = [];

    /// <summary>The success policy's rules in words, in order.</summary>
    public IReadOnlyList<string> SuccessRules { get; init; } = [];

    /// <summary>Seconds after finishing until the Job is deleted (<c>ttlSecondsAfterFinished</c>), or null.</summary>
    public int? TtlSecondsAfterFinished { get; init; }

    /// <summary>The TTL in words, or null.</summary>
    public string? Ttl { get; init; }

    /// <summary>The controller that runs the Job when it is not the built-in one (<c>managedBy</c>), or null.</summary>
    public string? ManagedBy { get; init; }

    /// <summary>Where every container's environment comes from.</summary>
    public IReadOnlyList<EnvFacts> Env { get; init; } = [];

    /// <summary>The ConfigMaps the pods cannot start without (referenced and not optional), sorted.</summary>
    public IReadOnlyList<string> RequiredConfigMaps { get; init; } = [];

    /// <summary>The Secrets the pods cannot start without (referenced and not optional), sorted.</summary>
    public IReadOnlyList<string> RequiredSecrets { get; init; } = [];
}
