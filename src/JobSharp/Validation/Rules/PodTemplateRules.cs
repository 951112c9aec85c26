using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>ValidatePodTemplateSpec</c> and the pod-level parts of <c>ValidatePodSpec</c>.</summary>
internal static class PodTemplateRules
{
    public static void Validate(V1PodTemplateSpec? template, FieldPath path, IssueList issues)
    {
        template ??= new V1PodTemplateSpec();
        LabelRules.ValidateLabels(template.Metadata?.Labels, path.Child("labels"), issues);
        LabelRules.ValidateAnnotations(template.Metadata?.Annotations, path.Child("annotations"), issues);
        var pod = template.Spec ?? new V1PodSpec();
        var specPath = path.Child("spec");
        ValidatePodSpec(pod, specPath, issues);
        if (pod.EphemeralContainers is { Count: > 0 })
        {
            issues.Forbidden(specPath.Child("ephemeralContainers"), Codes.EphemeralContainersForbidden, "ephemeral containers not allowed in pod template");
        }
    }

    private static void ValidatePodSpec(V1PodSpec pod, FieldPath path, IssueList issues)
    {
        var volumes = VolumeRules.ValidateVolumes(pod.Volumes, path.Child("volumes"), issues);
        ContainerRules.ValidateContainers(pod.Containers, volumes, path.Child("containers"), issues);
        ContainerRules.ValidateInitContainers(pod.InitContainers, pod.Containers, volumes, path.Child("initContainers"), issues);
        ValidateRestartPolicy(pod.RestartPolicy, path.Child("restartPolicy"), issues);
        ValidateDns(pod, path, issues);
        LabelRules.ValidateLabels(pod.NodeSelector, path.Child("nodeSelector"), issues);
        if (!string.IsNullOrEmpty(pod.ServiceAccountName))
        {
            issues.Invalid(path.Child("serviceAccountName"), Codes.ServiceAccountNameInvalid, pod.ServiceAccountName, NameRules.Dns1123Subdomain(pod.ServiceAccountName));
        }

        if (pod.ActiveDeadlineSeconds is { } deadline && deadline is < 1 or > int.MaxValue)
        {
            issues.Invalid(path.Child("activeDeadlineSeconds"), Codes.PodActiveDeadlineOutOfRange, deadline, "must be between 1 and 2147483647, inclusive");
        }

        if (!string.IsNullOrEmpty(pod.Hostname))
        {
            issues.Invalid(path.Child("hostname"), Codes.HostnameInvalid, pod.Hostname, NameRules.Dns1123Label(pod.Hostname));
        }

        if (!string.IsNullOrEmpty(pod.Subdomain))
        {
            issues.Invalid(path.Child("subdomain"), Codes.SubdomainInvalid, pod.Subdomain, NameRules.Dns1123Label(pod.Subdomain));
        }

        if (pod.HostNetwork == true)
        {
            PortRules.ValidateHostNetwork(pod, path, issues);
        }
    }

    private static void ValidateRestartPolicy(string? policy, FieldPath path, IssueList issues)
    {
        if (!string.IsNullOrEmpty(policy) && policy is not "Always" and not "OnFailure" and not "Never")
        {
            issues.NotSupported(path, Codes.PodRestartPolicyNotSupported, policy, "Always", "OnFailure", "Never");
        }
    }

    private static void ValidateDns(V1PodSpec pod, FieldPath path, IssueList issues)
    {
        var policy = pod.DnsPolicy;
        if (!string.IsNullOrEmpty(policy) && policy is not "ClusterFirstWithHostNet" and not "ClusterFirst" and not "Default" and not "None")
        {
            issues.NotSupported(path.Child("dnsPolicy"), Codes.DnsPolicyNotSupported, policy, "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None");
        }

        if (policy == "None" && pod.DnsConfig is null)
        {
            issues.Required(path.Child("dnsConfig"), Codes.DnsConfigRequired, "must provide `dnsConfig` when `dnsPolicy` is None");
        }
    }
}
