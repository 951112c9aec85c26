namespace JobSharp.Linting;

/// <summary>JS4010 to JS4015: privileges, root, host paths and host namespaces.</summary>
internal static class SecurityRules
{
    public static void Check(LintScope scope)
    {
        var pod = scope.Pod;
        foreach (var (container, path, _) in scope.Containers)
        {
            var name = container.Name ?? "";
            var security = container.SecurityContext;
            if (security?.Privileged == true)
            {
                scope.Report(LintRules.PrivilegedContainer, $"{path}.securityContext.privileged",
                    $"container \"{name}\" runs privileged, with every capability and the node's devices");
            }
            else if (security?.AllowPrivilegeEscalation == true)
            {
                scope.Report(LintRules.PrivilegeEscalationAllowed, $"{path}.securityContext.allowPrivilegeEscalation",
                    $"container \"{name}\" allows privilege escalation");
            }
            else if (security?.AllowPrivilegeEscalation is null)
            {
                scope.Report(LintRules.PrivilegeEscalationNotDisabled, $"{path}.securityContext.allowPrivilegeEscalation",
                    $"container \"{name}\" does not set allowPrivilegeEscalation: false, so setuid programs can gain privileges");
            }

            if (security?.RunAsUser == 0)
            {
                scope.Report(LintRules.RunsAsRoot, $"{path}.securityContext.runAsUser", $"container \"{name}\" runs as root (runAsUser: 0)");
            }
            else if (security?.RunAsUser is null && pod?.SecurityContext?.RunAsUser == 0)
            {
                scope.Report(LintRules.RunsAsRoot, $"{scope.PodPath}.securityContext.runAsUser",
                    $"container \"{name}\" runs as root (the pod's runAsUser: 0)");
            }
        }

        var index = 0;
        foreach (var volume in pod?.Volumes ?? [])
        {
            if (volume.HostPath is { } hostPath)
            {
                scope.Report(LintRules.HostPathVolume, $"{scope.PodPath}.volumes[{index}].hostPath",
                    $"volume \"{volume.Name}\" mounts the node's path {hostPath.Path}");
            }

            index++;
        }

        foreach (var (set, field, what) in new[]
                 {
                     (pod?.HostNetwork, "hostNetwork", "network"), (pod?.HostPID, "hostPID", "process"), (pod?.HostIPC, "hostIPC", "IPC"),
                 })
        {
            if (set == true)
            {
                scope.Report(LintRules.HostNamespace, $"{scope.PodPath}.{field}", $"{field}: true shares the node's {what} namespace with the pod");
            }
        }
    }
}
