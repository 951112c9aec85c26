using JobSharp.Internal;
using JobSharp.Rendering;
using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp;

public sealed partial class CronJob
{
    /// <summary>Builds a fresh, validated <see cref="V1CronJob"/>; changing it does not change this CronJob.</summary>
    /// <returns>A new <see cref="V1CronJob"/>.</returns>
    /// <exception cref="ManifestValidationException">The CronJob is invalid; the exception lists every problem.</exception>
    public V1CronJob Build() =>
        ManifestValidator.Checked(ToModel());

    /// <summary>Checks the CronJob the way the API server would, without throwing.</summary>
    /// <returns>Every problem found; empty when the CronJob is valid.</returns>
    public ValidationResult Validate() => ManifestValidator.Validate(ToModel());

    /// <summary>Renders the validated CronJob as canonical YAML.</summary>
    /// <returns>One YAML document, ending with a newline.</returns>
    /// <exception cref="ManifestValidationException">The CronJob is invalid.</exception>
    public string ToYaml() => ManifestRenderer.ToYaml(Build());

    /// <summary>Renders the validated CronJob as indented JSON with the same key order as the YAML.</summary>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ManifestValidationException">The CronJob is invalid.</exception>
    public string ToJson() => ManifestRenderer.ToJson(Build());

    /// <summary>
    /// Builds a fresh <see cref="V1CronJob"/> without validating it. The job template is the Job's own model
    /// (its customizations applied) without its name and namespace; then the CronJob's customizations run.
    /// </summary>
    /// <returns>A new <see cref="V1CronJob"/>.</returns>
    public V1CronJob ToModel()
    {
        var s = _state;
        var job = s.Job.ToModel();
        var jobMetadata = job.Metadata is { Labels: null, Annotations: null } or null
            ? null
            : new V1ObjectMeta { Labels = job.Metadata.Labels, Annotations = job.Metadata.Annotations };
        var cronJob = new V1CronJob
        {
            ApiVersion = "batch/v1",
            Kind = "CronJob",
            Metadata = new V1ObjectMeta
            {
                Name = s.Name,
                NamespaceProperty = s.Namespace,
                Labels = Maps.ToModel(s.Labels),
                Annotations = Maps.ToModel(s.Annotations),
            },
            Spec = new V1CronJobSpec
            {
                Schedule = s.Schedule.Expression,
                TimeZone = s.TimeZone,
                StartingDeadlineSeconds = s.StartingDeadlineSeconds,
                ConcurrencyPolicy = s.ConcurrencyPolicy?.ToString(),
                Suspend = s.Suspend,
                JobTemplate = new V1JobTemplateSpec { Metadata = jobMetadata, Spec = job.Spec },
                SuccessfulJobsHistoryLimit = s.SuccessfulJobsHistoryLimit,
                FailedJobsHistoryLimit = s.FailedJobsHistoryLimit,
            },
        };
        Customizations.Apply(s.Customizations, cronJob, ToString());

        return cronJob;
    }

    /// <inheritdoc />
    IKubernetesObject<V1ObjectMeta> IManifestSource.ToModel() => ToModel();

    /// <inheritdoc />
    IKubernetesObject<V1ObjectMeta> IManifestSource.Build() => Build();
}
