using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>Reads why a pod (or the Job's pod creation) is stuck from its status and the Job's events.</summary>
internal static class StuckDetector
{
    private static readonly HashSet<string> ImagePull = new(["ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull"], StringComparer.Ordinal);
    private static readonly HashSet<string> Configuration = new(["CreateContainerConfigError", "CreateContainerError"], StringComparer.Ordinal);

    /// <summary>Why the pod does not run, or null when nothing is wrong (or it has finished).</summary>
    public static StuckReason? Of(V1Pod pod, string job)
    {
        if (pod.Status?.Phase is "Succeeded" or "Failed" || pod.Metadata.DeletionTimestamp is not null)
        {
            return null;
        }

        if (pod.Status?.Conditions?.FirstOrDefault(c => c.Type == "PodScheduled" && c.Status == "False" && c.Reason == "Unschedulable") is { } unschedulable)
        {
            return new StuckReason(job, pod.Metadata.Name, "Unschedulable", unschedulable.Message ?? "the scheduler found no node for the pod");
        }

        var statuses = (pod.Status?.InitContainerStatuses ?? []).Concat(pod.Status?.ContainerStatuses ?? []);
        foreach (var status in statuses)
        {
            if (Of(pod, job, status) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>A <c>FailedCreate</c> warning on the Job (quota exceeded, refused by admission), or null.</summary>
    public static StuckReason? Of(Corev1Event e, string jobName) =>
        e.Reason == "FailedCreate" && e.Type == "Warning"
            ? new StuckReason(jobName, null, "FailedCreate", e.Message ?? "the Job controller could not create a pod")
            : null;

    private static StuckReason? Of(V1Pod pod, string job, V1ContainerStatus status)
    {
        var name = pod.Metadata.Name;
        var waiting = status.State?.Waiting;
        var last = status.LastState?.Terminated;
        if (waiting?.Reason is { } reason && ImagePull.Contains(reason))
        {
            var image = Image(pod, status.Name) ?? status.Image;
            return new StuckReason(job, name, reason, $"image \"{image}\" of container {status.Name}: {waiting.Message ?? "cannot be pulled"}");
        }

        if (waiting?.Reason is { } config && Configuration.Contains(config))
        {
            return new StuckReason(job, name, config, $"container {status.Name}: {waiting.Message ?? "cannot be created"}");
        }

        if (waiting?.Reason == "CrashLoopBackOff")
        {
            var exit = last is null ? string.Empty : $"; last exit code {last.ExitCode}{(last.Reason is { } r ? $" ({r})" : string.Empty)}";
            return new StuckReason(job, name, "CrashLoopBackOff", $"container {status.Name} keeps crashing, {status.RestartCount} restarts{exit}");
        }

        if (last?.Reason == "OOMKilled" && status.RestartCount > 0)
        {
            return new StuckReason(job, name, "OOMKilled", $"container {status.Name} ran out of memory and was restarted ({status.RestartCount} restarts); last exit code {last.ExitCode}");
        }

        return null;
    }

    private static string? Image(V1Pod pod, string container) =>
        (pod.Spec?.InitContainers ?? []).Concat(pod.Spec?.Containers ?? []).FirstOrDefault(c => c.Name == container)?.Image;
}
