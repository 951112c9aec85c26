using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp;

/// <summary>Something that builds one Kubernetes object: a <see cref="Job"/> or a CronJob definition.</summary>
public interface IManifestSource
{
    /// <summary>The object's kind, such as <c>Job</c>.</summary>
    string Kind { get; }

    /// <summary>The object's name.</summary>
    string Name { get; }

    /// <summary>The object's namespace, or null when none is set.</summary>
    string? Namespace { get; }

    /// <summary>Builds a fresh model without validating it.</summary>
    /// <returns>A new model object.</returns>
    IKubernetesObject<V1ObjectMeta> ToModel();

    /// <summary>Builds a fresh model and validates it.</summary>
    /// <returns>A new, valid model object.</returns>
    /// <exception cref="JobSharp.Validation.ManifestValidationException">The object is invalid; the exception lists every problem.</exception>
    IKubernetesObject<V1ObjectMeta> Build();

    /// <summary>Builds the model and checks it the way the API server would, reporting every problem.</summary>
    /// <returns>The problems found; empty when the object is valid.</returns>
    ValidationResult Validate();
}
