using JobSharp.Schema;
using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary>
/// The ports of probe and lifecycle handlers (<c>validateHTTPGetAction</c>, <c>validateTCPSocketAction</c>,
/// <c>ValidatePortNumOrName</c>), checked for regular containers and sidecars. Only the port is checked here.
/// </summary>
internal static class HandlerRules
{
    public static void ValidateProbesAndLifecycle(V1Container container, FieldPath path, IssueList issues)
    {
        ValidateProbe(container.LivenessProbe, path.Child("livenessProbe"), issues);
        ValidateProbe(container.ReadinessProbe, path.Child("readinessProbe"), issues);
        ValidateProbe(container.StartupProbe, path.Child("startupProbe"), issues);
        if (container.Lifecycle is { } lifecycle)
        {
            if (lifecycle.PostStart is { } postStart)
            {
                ValidateHandler(postStart.Exec, postStart.HttpGet, postStart.TcpSocket, path.Child("lifecycle").Child("postStart"), issues);
            }

            if (lifecycle.PreStop is { } preStop)
            {
                ValidateHandler(preStop.Exec, preStop.HttpGet, preStop.TcpSocket, path.Child("lifecycle").Child("preStop"), issues);
            }
        }
    }

    /// <summary>
    /// <c>ValidatePortNumOrName</c>: a number from 1 to 65535, or an IANA service name. A missing port is the
    /// number 0, as the server decodes it.
    /// </summary>
    public static void ValidatePortNumOrName(IntOrString? port, FieldPath path, IssueList issues)
    {
        var number = 0;
        if (port is null || IntOrStringForm.IsInteger(port, out number))
        {
            if (!NameRules.IsPortNumber(number))
            {
                issues.Invalid(path, Codes.HandlerPortOutOfRange, number, NameRules.PortRangeMessage);
            }

            return;
        }

        var name = port.Value ?? string.Empty;
        issues.Invalid(path, Codes.HandlerPortNameInvalid, name, NameRules.PortName(name));
    }

    private static void ValidateProbe(V1Probe? probe, FieldPath path, IssueList issues)
    {
        if (probe is not null)
        {
            ValidateHandler(probe.Exec, probe.HttpGet, probe.TcpSocket, path, issues);
        }
    }

    private static void ValidateHandler(V1ExecAction? exec, V1HTTPGetAction? httpGet, V1TCPSocketAction? tcpSocket, FieldPath path, IssueList issues)
    {
        // The server checks the first handler type it finds (exec, httpGet, tcpSocket); a second one is only forbidden.
        if (exec is not null)
        {
            return;
        }

        if (httpGet is not null)
        {
            ValidatePortNumOrName(httpGet.Port, path.Child("httpGet").Child("port"), issues);
        }
        else if (tcpSocket is not null)
        {
            ValidatePortNumOrName(tcpSocket.Port, path.Child("tcpSocket").Child("port"), issues);
        }
    }
}
