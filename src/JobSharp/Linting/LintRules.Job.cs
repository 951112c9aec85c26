namespace JobSharp.Linting;

public static partial class LintRules
{
    /// <summary>JS4001: a standalone Job without <c>ttlSecondsAfterFinished</c>.</summary>
    public static LintRule JobWithoutTtl { get; } = new(
        "JS4001", "job-without-ttl", LintSeverity.Warning,
        "A standalone Job has no ttlSecondsAfterFinished, so it and its pods are never cleaned up.",
        "Completed and failed Jobs and their pods are not deleted automatically: they pile up in the namespace until someone deletes them. A CronJob's Jobs are exempt: the CronJob's history limits remove them.",
        "Set spec.ttlSecondsAfterFinished (in C#: WithTtlAfterFinished(TimeSpan.FromHours(24))), long enough to read the logs.");

    /// <summary>JS4002: no <c>activeDeadlineSeconds</c>.</summary>
    public static LintRule NoActiveDeadline { get; } = new(
        "JS4002", "no-active-deadline", LintSeverity.Warning,
        "The Job has no activeDeadlineSeconds, so a stuck pod can keep it running forever.",
        "backoffLimit only counts failures. A pod that hangs (a lock wait, a dead network peer) never fails, so without a deadline the Job stays active indefinitely and, in a CronJob with concurrencyPolicy Forbid, blocks every later run. A pod-level deadline (spec.template.spec.activeDeadlineSeconds) also bounds the Job, through its retry limit, so it satisfies this rule.",
        "Set spec.activeDeadlineSeconds (in C#: WithActiveDeadline(TimeSpan.FromMinutes(30))) to comfortably more than the longest expected run, retries included.");

    /// <summary>JS4003: <c>backoffLimit</c> left to its default of 6.</summary>
    public static LintRule DefaultBackoffLimit { get; } = new(
        "JS4003", "default-backoff-limit", LintSeverity.Info,
        "backoffLimit is not set, so the default of 6 retries applies.",
        "The default suits few Jobs deliberately: with restartPolicy Never it allows 7 failed pods with growing delays (10s, 20s, ... 5m20s) before the Job fails; with OnFailure the Job fails once its running pods' containers have restarted 6 times in total. Stating the number makes the retry budget a decision.",
        "Set spec.backoffLimit to the number of retries the task deserves (in C#: WithBackoffLimit(3)); 0 for work that must not be retried.");

    /// <summary>JS4004: an image without a tag, or <c>:latest</c>, and no digest.</summary>
    public static LintRule MutableImageTag { get; } = new(
        "JS4004", "mutable-image-tag", LintSeverity.Warning,
        "A container image has no tag or the tag latest, and no digest.",
        "Such an image is pulled again at every pod start (imagePullPolicy defaults to Always) and may change between retries, so two pods of the same Job can run different code, and a re-run cannot reproduce an earlier one.",
        "Pin a version tag (busybox:1.37) or, better, a digest (busybox@sha256:...).");

    /// <summary>JS4005: a container without a CPU request, memory request or memory limit.</summary>
    public static LintRule MissingResources { get; } = new(
        "JS4005", "missing-resources", LintSeverity.Warning,
        "A container has no CPU request, memory request or memory limit.",
        "Without requests the scheduler places the pod as if it needed nothing, and the pod is among the first evicted under pressure; an evicted pod counts as a failure against backoffLimit. Without a memory limit one run can take a node's memory. (A limit without a request sets the request to the limit, so that counts as a request.)",
        "Set resources.requests.cpu, resources.requests.memory and resources.limits.memory on every container.");

    /// <summary>JS4006: a credential-like env var, or a URL with a password, as a literal value.</summary>
    public static LintRule LiteralCredential { get; } = new(
        "JS4006", "literal-credential", LintSeverity.Error,
        "An env var whose name looks like a credential, or whose value is a URL with a password, has a literal value instead of a Secret reference.",
        "Literal values are stored in the Job object in plain text: anyone who can read Jobs, and every copy of the manifest in git, sees the credential. The name (password, passwd, pwd, token, secret, api key, private key, credentials, ..., also at the end of a word, as in PGPASSWORD) says the value is one; so does the password of a URL such as postgres://app:pw@db/app.",
        "Put the value in a Secret and reference it: valueFrom.secretKeyRef (in C#: WithEnv(\"DB_PASSWORD\", SecretRef.Named(\"db\").Key(\"password\"))).");

    /// <summary>JS4007: a migration-like Job that runs more than one pod.</summary>
    public static LintRule MigrationRunsConcurrently { get; } = new(
        "JS4007", "migration-runs-concurrently", LintSeverity.Error,
        "A migration-like Job can run more than one pod at once, or more than once.",
        "A schema migration must run exactly once, alone. parallelism above 1 starts several copies at the same time; completions above 1 runs it again after it succeeded. The Job is recognised as a migration by its name, command or image (migrat, flyway, liquibase, alembic, goose, dbmate, sqitch, ef database update).",
        "Set completions: 1 and parallelism: 1 (the defaults when both are unset), and make the migration idempotent.");

    /// <summary>JS4008: a migration-like Job with <c>restartPolicy: Never</c>.</summary>
    public static LintRule MigrationRestartNever { get; } = new(
        "JS4008", "migration-restart-never", LintSeverity.Warning,
        "A migration-like Job uses restartPolicy Never while a replacement pod may start before the old one has stopped.",
        "The seed's advice: for migrations OnFailure is safer, since it retries in the same pod and avoids running the script twice in parallel. With Never every retry is a new pod, and with the default podReplacementPolicy (TerminatingOrFailed) a replacement starts as soon as a pod begins terminating, while the old one may still be running its script.",
        "Use restartPolicy: OnFailure, or keep Never and set spec.podReplacementPolicy: Failed so a new pod waits until the old one has fully stopped.");

    /// <summary>JS4009: <c>parallelism</c> greater than <c>completions</c>.</summary>
    public static LintRule ParallelismAboveCompletions { get; } = new(
        "JS4009", "parallelism-above-completions", LintSeverity.Warning,
        "parallelism is greater than completions.",
        "The Job never runs more pods at once than the completions still missing, so the extra parallelism is never used; the numbers usually mean a misunderstanding of the two fields.",
        "Set parallelism to at most completions.");
}
