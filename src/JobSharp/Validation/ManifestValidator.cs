using JobSharp.KubernetesRules;
using JobSharp.Validation.Rules;
using k8s;
using k8s.Models;

namespace JobSharp.Validation;

/// <summary>
/// Checks Jobs and CronJobs the way the Kubernetes API server (1.35) does at create time, on the model, so that
/// objects built in C# and objects loaded from YAML pass the same rules. The server's defaults are applied
/// first, on a private copy (the argument is never changed), so no error appears that the server would not
/// give. Every problem is reported, never just the first, with the server's field path and words.
/// </summary>
/// <remarks>
/// Offline differences: a missing <c>metadata.namespace</c> is not an error (the tool or the request supplies
/// it); the Job's uid is not required (the server assigns it); time zone names are looked up only where the
/// machine has an IANA time zone database. See <c>docs/validation.md</c> for every rule and code.
/// </remarks>
public static class ManifestValidator
{
    /// <summary>Validates a Job.</summary>
    /// <param name="job">The Job to check; it is not changed.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is null.</exception>
    public static ValidationResult Validate(V1Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var copy = ModelCopy.Clone(job);
        ServerDefaults.ApplyToJob(copy);
        var issues = new IssueList();
        JobRules.Validate(copy, issues);
        return new ValidationResult(issues.ToList());
    }

    /// <summary>Validates a CronJob, including every Job rule under <c>spec.jobTemplate.</c>.</summary>
    /// <param name="cronJob">The CronJob to check; it is not changed.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cronJob"/> is null.</exception>
    public static ValidationResult Validate(V1CronJob cronJob)
    {
        ArgumentNullException.ThrowIfNull(cronJob);
        var copy = ModelCopy.Clone(cronJob);
        ServerDefaults.ApplyToCronJob(copy);
        var issues = new IssueList();
        CronJobRules.Validate(copy, issues);
        return new ValidationResult(issues.ToList());
    }

    /// <summary>Validates a ConfigMap: its metadata, its keys (file names, none in both data and binaryData) and its size (at most 1 MiB).</summary>
    /// <param name="configMap">The ConfigMap to check; it is not changed.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configMap"/> is null.</exception>
    public static ValidationResult Validate(V1ConfigMap configMap)
    {
        ArgumentNullException.ThrowIfNull(configMap);
        var issues = new IssueList();
        ConfigMapRules.Validate(configMap, issues);
        return new ValidationResult(issues.ToList());
    }

    /// <summary>Validates a Job, a CronJob or a ConfigMap given as its common interface, such as a loaded manifest.</summary>
    /// <param name="manifest">A <see cref="V1Job"/>, <see cref="V1CronJob"/> or <see cref="V1ConfigMap"/>; it is not changed.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="manifest"/> is of another kind.</exception>
    public static ValidationResult Validate(IKubernetesObject<V1ObjectMeta> manifest) => manifest switch
    {
        V1Job job => Validate(job),
        V1CronJob cronJob => Validate(cronJob),
        V1ConfigMap configMap => Validate(configMap),
        null => throw new ArgumentNullException(nameof(manifest)),
        _ => throw new ArgumentException($"JobSharp validates Jobs, CronJobs and ConfigMaps, not {manifest.GetType().Name}.", nameof(manifest)),
    };

    /// <summary>Validates a model the DSL just built and returns it, or throws with every problem.</summary>
    internal static T Checked<T>(T model)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        var result = Validate(model);
        return result.IsValid
            ? model
            : throw new ManifestValidationException(model.Kind, model.Metadata?.Name ?? string.Empty, result.Issues, model.Metadata?.NamespaceProperty);
    }
}
