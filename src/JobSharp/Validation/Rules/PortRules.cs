using System.Globalization;
using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>validateContainerPorts</c>, <c>checkHostPortConflicts</c> and the host-network port rule.</summary>
internal static class PortRules
{
    public static void ValidatePorts(IList<V1ContainerPort>? ports, FieldPath path, IssueList issues)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var list = ports ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var port = list[i] ?? new V1ContainerPort();
            var itemPath = path.Index(i);
            if (!string.IsNullOrEmpty(port.Name))
            {
                var errors = NameRules.PortName(port.Name);
                if (errors.Count != 0)
                {
                    issues.Invalid(itemPath.Child("name"), Codes.PortNameInvalid, port.Name, errors);
                }
                else if (!names.Add(port.Name))
                {
                    issues.Duplicate(itemPath.Child("name"), Codes.PortNameDuplicate, port.Name);
                }
            }

            if (port.ContainerPort == 0)
            {
                issues.Required(itemPath.Child("containerPort"), Codes.ContainerPortRequired);
            }
            else if (!NameRules.IsPortNumber(port.ContainerPort))
            {
                issues.Invalid(itemPath.Child("containerPort"), Codes.ContainerPortOutOfRange, port.ContainerPort, NameRules.PortRangeMessage);
            }

            if (port.HostPort is { } hostPort and not 0 && !NameRules.IsPortNumber(hostPort))
            {
                issues.Invalid(itemPath.Child("hostPort"), Codes.HostPortOutOfRange, hostPort, NameRules.PortRangeMessage);
            }

            if (!string.IsNullOrEmpty(port.Protocol) && port.Protocol is not "SCTP" and not "TCP" and not "UDP")
            {
                issues.NotSupported(itemPath.Child("protocol"), Codes.PortProtocolNotSupported, port.Protocol, "SCTP", "TCP", "UDP");
            }
        }
    }

    /// <summary>A <c>protocol/hostIP/hostPort</c> triple may be used once across the given containers.</summary>
    public static void ValidateHostPortConflicts(IList<V1Container> containers, FieldPath path, IssueList issues)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < containers.Count; c++)
        {
            var ports = containers[c]?.Ports ?? [];
            for (var p = 0; p < ports.Count; p++)
            {
                if (ports[p] is not { HostPort: { } hostPort and not 0 } port)
                {
                    continue;
                }

                var key = string.Format(CultureInfo.InvariantCulture, "{0}/{1}/{2}", port.Protocol, port.HostIP, hostPort);
                if (!used.Add(key))
                {
                    issues.Duplicate(path.Index(c).Child("ports").Index(p).Child("hostPort"), Codes.HostPortConflict, key);
                }
            }
        }
    }

    /// <summary>With <c>hostNetwork</c>, each port's hostPort (defaulted to the containerPort) must equal its containerPort.</summary>
    public static void ValidateHostNetwork(V1PodSpec pod, FieldPath path, IssueList issues)
    {
        Check(pod.Containers, path.Child("containers"), issues);
        Check(pod.InitContainers, path.Child("initContainers"), issues);

        static void Check(IList<V1Container>? containers, FieldPath path, IssueList issues)
        {
            var list = containers ?? [];
            for (var c = 0; c < list.Count; c++)
            {
                var ports = list[c]?.Ports ?? [];
                for (var p = 0; p < ports.Count; p++)
                {
                    if (ports[p] is { } port && (port.HostPort ?? 0) != port.ContainerPort)
                    {
                        issues.Invalid(path.Index(c).Child("ports").Index(p).Child("hostPort"), Codes.HostNetworkPortMismatch, port.HostPort ?? 0, "must match `containerPort` when `hostNetwork` is true");
                    }
                }
            }
        }
    }
}
