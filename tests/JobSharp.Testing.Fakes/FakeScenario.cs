namespace JobSharp.Testing.Fakes;

/// <summary>What the fake's own Job controller does with a new Job (<see cref="FakeApiServerOptions.Controller"/>).</summary>
public enum FakeScenarioKind
{
    /// <summary>Each pod runs, logs one line and exits 0; the Job completes.</summary>
    Succeed,

    /// <summary>
    /// Each run logs one line and exits 1, and the Job fails with BackoffLimitExceeded as the real controller decides
    /// (<c>backoffLimit</c> taken as at most 10): with restartPolicy Never, a new pod per attempt until more than
    /// <c>backoffLimit</c> have failed; with OnFailure, one pod restarting in place until its restarts reach
    /// <c>backoffLimit</c>, which is then deleted with its logs.
    /// </summary>
    Fail,

    /// <summary>The pods run forever (one line logged); the Job never finishes.</summary>
    Hang,

    /// <summary>The container fails and restarts in place twice, then succeeds; the Job completes.</summary>
    Restart,

    /// <summary>The pods never start (Pending, ImagePullBackOff); the Job never finishes.</summary>
    Stuck,

    /// <summary>The scheduler finds no node for the pods (Pending, PodScheduled False: insufficient memory).</summary>
    Unschedulable,

    /// <summary>The pods cannot start for a missing ConfigMap (CreateContainerConfigError).</summary>
    MissingConfig,

    /// <summary>The container crashes again and again (CrashLoopBackOff, exit code 1).</summary>
    CrashLoop,

    /// <summary>No pod can be created: FailedCreate events on the Job (exceeded quota).</summary>
    Quota,
}

/// <summary>
/// The default scenario and its pace. A Job chooses its own with the annotation
/// <c>fake.jobsharp.dev/scenario</c> (<c>succeed</c>, <c>fail</c>, <c>hang</c>, <c>restart</c>, <c>stuck</c>, <c>unschedulable</c>, <c>missingconfig</c>,
/// <c>crashloop</c>, <c>quota</c>) and its
/// run time with <c>fake.jobsharp.dev/duration</c> (a number of milliseconds).
/// </summary>
public sealed record FakeScenario(FakeScenarioKind Kind = FakeScenarioKind.Succeed, TimeSpan? Duration = null)
{
    public const string ScenarioAnnotation = "fake.jobsharp.dev/scenario";
    public const string DurationAnnotation = "fake.jobsharp.dev/duration";

    /// <summary>How long a pod runs before it ends (about a second by default).</summary>
    public TimeSpan RunTime => Duration ?? TimeSpan.FromSeconds(1);

    /// <summary>Reads a scenario name (case-insensitive); throws <see cref="FormatException"/> for an unknown one.</summary>
    public static FakeScenarioKind ParseKind(string text) =>
        Enum.TryParse<FakeScenarioKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new FormatException($"unknown scenario \"{text}\" (succeed, fail, hang, restart, stuck, unschedulable, missingconfig, crashloop, quota)");
}
