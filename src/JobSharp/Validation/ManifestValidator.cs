using k8s.Models;

namespace JobSharp.Validation;

/// <summary>
/// Checks Jobs the way the Kubernetes API server does at create time, on the model, so that Jobs built in C#
/// and Jobs loaded from YAML pass the same rules. Every problem is reported, never just the first.
/// </summary>
public static class ManifestValidator
{
    /// <summary>Validates a Job.</summary>
    /// <param name="job">The Job to check.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is null.</exception>
    public static ValidationResult Validate(V1Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var issues = new List<ValidationIssue>();
        if (string.IsNullOrEmpty(job.Metadata?.Name))
        {
            issues.Add(new("metadata.name", ValidationIssueKind.Required, "JS1001", "name or generateName is required"));
        }

        var containers = job.Spec?.Template?.Spec?.Containers;
        if (containers is null || containers.Count == 0)
        {
            issues.Add(new("spec.template.spec.containers", ValidationIssueKind.Required, "JS1002", "at least one container is required"));
        }
        else
        {
            for (var i = 0; i < containers.Count; i++)
            {
                if (string.IsNullOrEmpty(containers[i].Image))
                {
                    issues.Add(new($"spec.template.spec.containers[{i}].image", ValidationIssueKind.Required, "JS1003", string.Empty));
                }
            }
        }

        return new ValidationResult(issues);
    }
}
