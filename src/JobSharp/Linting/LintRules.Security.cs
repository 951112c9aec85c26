namespace JobSharp.Linting;

public static partial class LintRules
{
    /// <summary>JS4010: a privileged container.</summary>
    public static LintRule PrivilegedContainer { get; } = new(
        "JS4010", "privileged-container", LintSeverity.Error,
        "A container runs privileged.",
        "securityContext.privileged: true gives the container every capability and the host's devices: a compromise of the task is a compromise of the node.",
        "Remove privileged, and add only the capabilities the task needs (securityContext.capabilities.add).");

    /// <summary>JS4011: <c>allowPrivilegeEscalation: true</c>.</summary>
    public static LintRule PrivilegeEscalationAllowed { get; } = new(
        "JS4011", "privilege-escalation-allowed", LintSeverity.Warning,
        "A container sets allowPrivilegeEscalation: true.",
        "Processes in the container may gain more privileges than their parent (setuid binaries, file capabilities).",
        "Set securityContext.allowPrivilegeEscalation: false.");

    /// <summary>JS4012: <c>allowPrivilegeEscalation</c> not set to false.</summary>
    public static LintRule PrivilegeEscalationNotDisabled { get; } = new(
        "JS4012", "privilege-escalation-not-disabled", LintSeverity.Info,
        "A container does not set allowPrivilegeEscalation: false.",
        "When the field is unset, Linux lets processes gain privileges through setuid binaries (the no_new_privs flag is not set), and the restricted Pod Security Standard rejects the pod. Unset is not the same as false.",
        "Set securityContext.allowPrivilegeEscalation: false on every container.");

    /// <summary>JS4013: <c>runAsUser: 0</c>.</summary>
    public static LintRule RunsAsRoot { get; } = new(
        "JS4013", "runs-as-root", LintSeverity.Warning,
        "A container runs as root (runAsUser: 0).",
        "A process running as uid 0 that escapes the container is root on the node. Only an explicit runAsUser: 0 (on the container, or on the pod when the container does not override it) is reported: without it the image decides, which the linter cannot see.",
        "Run as a non-root uid (runAsUser: 1000) and set runAsNonRoot: true.");

    /// <summary>JS4014: a hostPath volume.</summary>
    public static LintRule HostPathVolume { get; } = new(
        "JS4014", "host-path-volume", LintSeverity.Warning,
        "The pod mounts a hostPath volume.",
        "hostPath exposes the node's file system to the task, ties it to whatever a node happens to hold, and is a common way out of the container.",
        "Use an emptyDir, a PersistentVolumeClaim, a ConfigMap or a Secret instead.");

    /// <summary>JS4015: <c>hostNetwork</c>, <c>hostPID</c> or <c>hostIPC</c>.</summary>
    public static LintRule HostNamespace { get; } = new(
        "JS4015", "host-namespace", LintSeverity.Warning,
        "The pod shares the node's network, process or IPC namespace.",
        "hostNetwork, hostPID and hostIPC let the task see and reach the node's interfaces, processes or shared memory, outside the isolation the cluster relies on.",
        "Remove hostNetwork, hostPID and hostIPC from the pod spec.");
}
