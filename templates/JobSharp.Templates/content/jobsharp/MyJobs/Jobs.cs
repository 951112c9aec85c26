using JobSharp;

namespace MyJobs;

/// <summary>The Jobs and CronJobs this repository deploys. Each property renders one manifest in deploy/.</summary>
public static class Jobs
{
    /// <summary>
    /// A one-off Job: one pod that prints a line and exits. It is retried at most twice (<c>backoffLimit</c>), stopped
    /// after ten minutes (<c>activeDeadlineSeconds</c>) and deleted an hour after it finished
    /// (<c>ttlSecondsAfterFinished</c>), so it neither hangs nor lingers.
    /// </summary>
    public static Job Hello { get; } = Job.Create("hello")
        .InNamespace("jobs")
        .WithBackoffLimit(2)
        .WithRestartPolicy(JobRestartPolicy.Never)
        .WithActiveDeadline(TimeSpan.FromMinutes(10))
        .WithTtlAfterFinished(TimeSpan.FromHours(1))
        .AddContainer("hello", "busybox:1.36", c => c
            .WithShell("echo \"Hello from JobSharp at $(date)\"")
            .WithRequests(cpu: Quantity.MilliCpu(50), memory: Quantity.Mebibytes(32))
            .WithLimits(memory: Quantity.Mebibytes(32))
            .WithSecurityContext(new ContainerSecurityContext { AllowPrivilegeEscalation = false }));

    /// <summary>
    /// A CronJob: every night at 02:30 UTC, a Job that writes a report. A run never overlaps the previous one
    /// (<c>Forbid</c>), and a run missed by more than 30 minutes is skipped rather than started late.
    /// </summary>
    public static CronJob NightlyReport { get; } = Job.Create("nightly-report")
        .InNamespace("jobs")
        .WithBackoffLimit(1)
        .WithRestartPolicy(JobRestartPolicy.OnFailure)
        .WithActiveDeadline(TimeSpan.FromHours(1))
        .AddContainer("report", "busybox:1.36", c => c
            .WithShell("echo \"Writing the nightly report\"")
            .WithRequests(cpu: Quantity.MilliCpu(50), memory: Quantity.Mebibytes(32))
            .WithLimits(memory: Quantity.Mebibytes(32))
            .WithSecurityContext(new ContainerSecurityContext { AllowPrivilegeEscalation = false }))
        .ToCronJob("30 2 * * *")
        .WithTimeZone("Etc/UTC")
        .WithConcurrencyPolicy(ConcurrencyPolicy.Forbid)
        .WithStartingDeadline(TimeSpan.FromMinutes(30));

    /// <summary>Every manifest, in the order they are rendered.</summary>
    public static IReadOnlyList<IManifestSource> All { get; } = [Hello, NightlyReport];
}
