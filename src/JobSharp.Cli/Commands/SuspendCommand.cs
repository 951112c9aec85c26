using JobSharp.Cli.Input;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>suspend</c> and <c>resume</c>: set <c>spec.suspend</c> on each Job (a suspended Job's active pods are stopped
/// and none start until it is resumed) and CronJob (no new Jobs are scheduled).
/// </summary>
internal sealed class SuspendCommand : ClusterCommand
{
    private readonly bool _suspend;

    private SuspendCommand(string name, string description, ManifestInput input, bool suspend)
        : base(name, description, input, validateFirst: false) => _suspend = suspend;

    public static SuspendCommand Suspend(ManifestInput input) =>
        new("suspend", "Suspend the Jobs (their pods are stopped) and CronJobs (no new runs).", input, suspend: true);

    public static SuspendCommand Resume(ManifestInput input) =>
        new("resume", "Resume suspended Jobs and CronJobs.", input, suspend: false);

    protected override Task<int> RunAsync(ClusterInvocation invocation, CancellationToken cancellationToken) =>
        ForEachAsync(invocation, invocation.Entries, async entry =>
        {
            var resource = entry.Kind == "CronJob" ? "cronjob.batch" : "job.batch";
            var changed = await invocation.Cluster.SetSuspendedAsync(entry.Kind, entry.Name, _suspend, entry.Namespace, cancellationToken).ConfigureAwait(false);
            var state = _suspend ? "suspended" : "resumed";
            invocation.Output.Write(changed ? $"{resource}/{entry.Name} {state}\n" : $"{resource}/{entry.Name} unchanged (already {(_suspend ? "suspended" : "running")})\n");
            return ExitCodes.Success;
        });
}
