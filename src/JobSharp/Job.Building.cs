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
    public V1Job Build()
    {
        var model = ToModel();
        var result = ManifestValidator.Validate(model);
        return result.IsValid ? model : throw new ManifestValidationException("Job", Name, result.Issues);
    }

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
        var job = new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta
            {
                Name = _state.Name,
                NamespaceProperty = _state.Namespace,
                Labels = Maps.ToModel(_state.Labels),
                Annotations = Maps.ToModel(_state.Annotations),
            },
            Spec = new V1JobSpec
            {
                Completions = _state.Completions,
                Parallelism = _state.Parallelism,
                BackoffLimit = _state.BackoffLimit,
                ActiveDeadlineSeconds = _state.ActiveDeadlineSeconds,
                TtlSecondsAfterFinished = _state.TtlSecondsAfterFinished,
                Template = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        RestartPolicy = _state.RestartPolicy.ToString(),
                        Containers = [.. _state.Containers.Select(c => c.ToModel())],
                    },
                },
            },
        };
        foreach (var customize in _state.Customizations)
        {
            customize(job);
        }

        return job;
    }

    /// <inheritdoc />
    IKubernetesObject<V1ObjectMeta> IManifestSource.ToModel() => ToModel();
}
