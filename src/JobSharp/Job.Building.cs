using JobSharp.Internal;
using JobSharp.Rendering;
using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp;

public sealed partial class Job
{
    /// <summary>
    /// Builds a fresh, validated <see cref="V1Job"/>. Each call returns a new object; changing it does not change
    /// this Job.
    /// </summary>
    /// <returns>A new <see cref="V1Job"/>.</returns>
    /// <exception cref="ManifestValidationException">The Job is invalid; the exception lists every problem.</exception>
    public V1Job Build() =>
        ManifestValidator.Checked(ToModel());

    /// <summary>Checks the Job the way the API server would, without throwing.</summary>
    /// <returns>Every problem found; empty when the Job is valid.</returns>
    public ValidationResult Validate() => ManifestValidator.Validate(ToModel());

    /// <summary>Renders the validated Job as canonical YAML.</summary>
    /// <returns>One YAML document, ending with a newline.</returns>
    /// <exception cref="ManifestValidationException">The Job is invalid.</exception>
    public string ToYaml() => ManifestRenderer.ToYaml(Build());

    /// <summary>Renders the validated Job as indented JSON with the same key order as the YAML.</summary>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ManifestValidationException">The Job is invalid.</exception>
    public string ToJson() => ManifestRenderer.ToJson(Build());

    /// <summary>Builds a fresh <see cref="V1Job"/> without validating it, customizations applied.</summary>
    /// <returns>A new <see cref="V1Job"/>.</returns>
    public V1Job ToModel()
    {
        var s = _state;
        var rules = s.Retry.Rules.Concat(s.CompletionMode == JobSharp.CompletionMode.Indexed ? s.Indexed.FailIndexRules : []).ToList();
        var job = new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta
            {
                Name = s.Name,
                NamespaceProperty = s.Namespace,
                Labels = Maps.ToModel(s.Labels),
                Annotations = Maps.ToModel(s.Annotations),
            },
            Spec = new V1JobSpec
            {
                Completions = s.Completions,
                Parallelism = s.Parallelism,
                BackoffLimit = s.Retry.BackoffLimit,
                ActiveDeadlineSeconds = s.ActiveDeadlineSeconds,
                PodFailurePolicy = rules.Count == 0 ? null : new V1PodFailurePolicy { Rules = [.. rules.Select(r => r.ToModel())] },
                SuccessPolicy = s.Indexed.SuccessRules.Count == 0 || s.CompletionMode != JobSharp.CompletionMode.Indexed
                    ? null
                    : new V1SuccessPolicy { Rules = [.. s.Indexed.SuccessRules.Select(r => r.ToModel())] },
                BackoffLimitPerIndex = s.Indexed.BackoffLimitPerIndex,
                MaxFailedIndexes = s.Indexed.MaxFailedIndexes,
                Selector = s.Selector?.ToModel(),
                ManualSelector = s.Selector is null ? null : true,
                TtlSecondsAfterFinished = s.TtlSecondsAfterFinished,
                CompletionMode = s.CompletionMode?.ToString(),
                Suspend = s.Suspend,
                PodReplacementPolicy = s.PodReplacementPolicy?.ToString(),
                ManagedBy = s.ManagedBy,
                Template = PodTemplateModel(),
            },
        };
        Customizations.Apply(s.Customizations, job, ToString());

        return job;
    }

    private V1PodTemplateSpec PodTemplateModel()
    {
        var s = _state;
        var labels = s.PodLabels;
        foreach (var (key, value) in s.Selector?.MatchLabels ?? new Dictionary<string, string>())
        {
            labels = labels.ContainsKey(key) ? labels : labels.Add(key, value);
        }

        var metadata = labels.IsEmpty && s.PodAnnotations.IsEmpty
            ? null
            : new V1ObjectMeta { Labels = Maps.ToModel(labels), Annotations = Maps.ToModel(s.PodAnnotations) };
        return new V1PodTemplateSpec
        {
            Metadata = metadata,
            Spec = new V1PodSpec
            {
                RestartPolicy = s.Retry.RestartPolicy.ToString(),
                Volumes = ListOrNull(AllVolumes().Select(v => v.ToModel())),
                InitContainers = ListOrNull(s.InitContainers.Select(ContainerModel)),
                Containers = [.. s.Containers.Select(ContainerModel)],
                TerminationGracePeriodSeconds = s.TerminationGracePeriodSeconds,
                NodeSelector = Maps.ToModel(s.NodeSelector),
                ServiceAccountName = s.ServiceAccountName,
                AutomountServiceAccountToken = s.AutomountServiceAccountToken,
                SecurityContext = s.PodSecurity?.ToModel(),
                ImagePullSecrets = ListOrNull(s.ImagePullSecrets.Select(n => new V1LocalObjectReference { Name = n })),
                Affinity = s.NodeAffinity is null ? null : new V1Affinity { NodeAffinity = s.NodeAffinity.ToModel() },
                Tolerations = ListOrNull(s.Tolerations.Select(t => t.ToModel())),
                PriorityClassName = s.PriorityClassName,
            },
        };
    }

    private V1Container ContainerModel(Container container)
    {
        var model = container.ToModel();
        if (_state.HardenContainers && model.SecurityContext is null)
        {
            model.SecurityContext = ContainerSecurityContext.Hardened.ToModel();
        }

        return model;
    }

    private static List<T>? ListOrNull<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }

    /// <inheritdoc />
    IKubernetesObject<V1ObjectMeta> IManifestSource.ToModel() => ToModel();

    /// <inheritdoc />
    IKubernetesObject<V1ObjectMeta> IManifestSource.Build() => Build();
}
