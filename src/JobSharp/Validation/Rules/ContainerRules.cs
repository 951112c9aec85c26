using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>validateContainers</c>, <c>validateInitContainers</c> and <c>validateContainerCommon</c>.</summary>
internal static class ContainerRules
{
    public static void ValidateContainers(IList<V1Container>? containers, IReadOnlySet<string> volumes, FieldPath path, IssueList issues)
    {
        if (containers is null || containers.Count == 0)
        {
            issues.Required(path, Codes.ContainersRequired);
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i] ?? new V1Container();
            var itemPath = path.Index(i);
            ValidateCommon(container, volumes, itemPath, issues);
            if (!names.Add(container.Name ?? string.Empty))
            {
                issues.Duplicate(itemPath.Child("name"), Codes.ContainerNameDuplicate, container.Name ?? string.Empty);
            }

            HandlerRules.ValidateProbesAndLifecycle(container, itemPath, issues);

            if (container.RestartPolicy is { } policy && policy is not "Always" and not "OnFailure" and not "Never")
            {
                issues.NotSupported(itemPath.Child("restartPolicy"), Codes.ContainerRestartPolicyNotSupported, policy, "Always", "OnFailure", "Never");
            }
        }

        PortRules.ValidateHostPortConflicts(containers, path, issues);
    }

    public static void ValidateInitContainers(IList<V1Container>? initContainers, IList<V1Container>? containers, IReadOnlySet<string> volumes, FieldPath path, IssueList issues)
    {
        var names = (containers ?? []).Select(c => c?.Name ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var list = initContainers ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var container = list[i] ?? new V1Container();
            var itemPath = path.Index(i);
            ValidateCommon(container, volumes, itemPath, issues);
            var restartAlways = false;
            if (container.RestartPolicy is { } policy)
            {
                if (policy != "Always")
                {
                    issues.NotSupported(itemPath.Child("restartPolicy"), Codes.InitContainerRestartPolicyNotSupported, policy, "Always");
                }

                restartAlways = policy == "Always";
            }

            var name = container.Name ?? string.Empty;
            if (names.Contains(name))
            {
                issues.Duplicate(itemPath.Child("name"), Codes.InitContainerNameDuplicate, name);
            }
            else if (name.Length > 0)
            {
                names.Add(name);
            }

            // Init containers run one by one, so each is checked for host port conflicts on its own (at index 0).
            PortRules.ValidateHostPortConflicts([container], path, issues);
            if (restartAlways)
            {
                HandlerRules.ValidateProbesAndLifecycle(container, itemPath, issues);
            }
            else
            {
                ForbidForPlainInit(container.Lifecycle, itemPath.Child("lifecycle"), issues);
                ForbidForPlainInit(container.LivenessProbe, itemPath.Child("livenessProbe"), issues);
                ForbidForPlainInit(container.ReadinessProbe, itemPath.Child("readinessProbe"), issues);
                ForbidForPlainInit(container.StartupProbe, itemPath.Child("startupProbe"), issues);
            }
        }
    }

    private static void ForbidForPlainInit(object? field, FieldPath path, IssueList issues)
    {
        if (field is not null)
        {
            issues.Forbidden(path, Codes.InitContainerFieldForbidden, "may not be set for init containers without restartPolicy=Always");
        }
    }

    private static void ValidateCommon(V1Container container, IReadOnlySet<string> volumes, FieldPath path, IssueList issues)
    {
        var name = container.Name ?? string.Empty;
        if (name.Length == 0)
        {
            issues.Required(path.Child("name"), Codes.ContainerNameRequired);
        }
        else
        {
            issues.Invalid(path.Child("name"), Codes.ContainerNameInvalid, name, NameRules.Dns1123Label(name));
        }

        if (string.IsNullOrEmpty(container.Image))
        {
            issues.Required(path.Child("image"), Codes.ImageRequired);
        }

        if (!string.IsNullOrEmpty(container.TerminationMessagePolicy) && container.TerminationMessagePolicy is not "File" and not "FallbackToLogsOnError")
        {
            issues.NotSupported(path.Child("terminationMessagePolicy"), Codes.TerminationMessagePolicyNotSupported, container.TerminationMessagePolicy, "File", "FallbackToLogsOnError");
        }

        PortRules.ValidatePorts(container.Ports, path.Child("ports"), issues);
        EnvRules.ValidateEnv(container.Env, path.Child("env"), issues);
        EnvRules.ValidateEnvFrom(container.EnvFrom, path.Child("envFrom"), issues);
        VolumeRules.ValidateMounts(container.VolumeMounts, volumes, path.Child("volumeMounts"), issues);
        if (!string.IsNullOrEmpty(container.ImagePullPolicy) && container.ImagePullPolicy is not "Always" and not "IfNotPresent" and not "Never")
        {
            issues.NotSupported(path.Child("imagePullPolicy"), Codes.ImagePullPolicyNotSupported, container.ImagePullPolicy, "Always", "IfNotPresent", "Never");
        }

        ResourceRules.Validate(container.Resources, path.Child("resources"), issues);
    }
}
