using k8s.Models;

namespace JobSharp.KubernetesRules;

/// <summary>The pod defaults of <c>pkg/apis/core/v1/defaults.go</c> that change what validation sees.</summary>
internal static class PodDefaults
{
    public static void Apply(V1PodSpec pod)
    {
        if (string.IsNullOrEmpty(pod.RestartPolicy))
        {
            pod.RestartPolicy = "Always";
        }

        if (string.IsNullOrEmpty(pod.DnsPolicy))
        {
            pod.DnsPolicy = "ClusterFirst";
        }

        pod.TerminationGracePeriodSeconds ??= 30;
        if (string.IsNullOrEmpty(pod.SchedulerName))
        {
            pod.SchedulerName = "default-scheduler";
        }

        pod.SecurityContext ??= new V1PodSecurityContext();
        if (string.IsNullOrEmpty(pod.ServiceAccountName) && !string.IsNullOrEmpty(pod.ServiceAccount))
        {
            pod.ServiceAccountName = pod.ServiceAccount;
        }

        foreach (var volume in pod.Volumes ?? [])
        {
            if (volume is not null)
            {
                ApplyToVolume(volume);
            }
        }

        var hostNetwork = pod.HostNetwork == true;
        foreach (var container in (pod.Containers ?? []).Concat(pod.InitContainers ?? []))
        {
            if (container is not null)
            {
                ApplyToContainer(container, hostNetwork);
            }
        }
    }

    private static void ApplyToVolume(V1Volume volume)
    {
        if (!VolumeSources.Present(volume).Any())
        {
            volume.EmptyDir = new V1EmptyDirVolumeSource();
        }

        volume.ConfigMap?.DefaultMode ??= 420;
        volume.Secret?.DefaultMode ??= 420;
    }

    private static void ApplyToContainer(V1Container container, bool hostNetwork)
    {
        if (string.IsNullOrEmpty(container.ImagePullPolicy))
        {
            // Always when the tag is latest or absent and there is no digest.
            container.ImagePullPolicy = container.Image is { Length: > 0 } image && ImageReference.Parse(image).IsMutable
                ? "Always"
                : "IfNotPresent";
        }

        if (string.IsNullOrEmpty(container.TerminationMessagePath))
        {
            container.TerminationMessagePath = "/dev/termination-log";
        }

        if (string.IsNullOrEmpty(container.TerminationMessagePolicy))
        {
            container.TerminationMessagePolicy = "File";
        }

        foreach (var port in container.Ports ?? [])
        {
            if (port is null)
            {
                continue;
            }

            if (string.IsNullOrEmpty(port.Protocol))
            {
                port.Protocol = "TCP";
            }

            if (hostNetwork && (port.HostPort ?? 0) == 0)
            {
                port.HostPort = port.ContainerPort;
            }
        }

        foreach (var env in container.Env ?? [])
        {
            if (env?.ValueFrom?.FieldRef is { } fieldRef && string.IsNullOrEmpty(fieldRef.ApiVersion))
            {
                fieldRef.ApiVersion = "v1";
            }
        }

        CopyLimitsToRequests(container.Resources);
    }

    private static void CopyLimitsToRequests(V1ResourceRequirements? resources)
    {
        if (resources?.Limits is not { Count: > 0 } limits)
        {
            return;
        }

        resources.Requests ??= new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal);
        foreach (var (name, quantity) in limits)
        {
            if (name is not null && !resources.Requests.ContainsKey(name))
            {
                resources.Requests[name] = quantity;
            }
        }
    }
}
