using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Environments;

/// <summary>
/// A <c>k8s.Models</c> object a program adds as it is (a ServiceAccount, a Role): each build is a copy taken when it
/// was added, so later changes to the caller's object do not leak in.
/// </summary>
internal sealed class ModelSource : IManifestSource
{
    private readonly IKubernetesObject<V1ObjectMeta> _model;

    private ModelSource(IKubernetesObject<V1ObjectMeta> model) => _model = ModelCopy.Clone(model);

    public string Kind => _model.Kind ?? _model.GetType().Name;

    public string Name => _model.Metadata?.Name ?? string.Empty;

    public string? Namespace => _model.Metadata?.NamespaceProperty;

    /// <summary>The source for <paramref name="model"/>, which must name its apiVersion and kind.</summary>
    public static ModelSource Of(IKubernetesObject<V1ObjectMeta> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (string.IsNullOrEmpty(model.ApiVersion) || string.IsNullOrEmpty(model.Kind))
        {
            throw new ArgumentException($"Set apiVersion and kind on the {model.GetType().Name} (for example ApiVersion = \"v1\", Kind = \"ServiceAccount\").", nameof(model));
        }

        return new ModelSource(model);
    }

    public IKubernetesObject<V1ObjectMeta> ToModel() => ModelCopy.Clone(_model);

    public IKubernetesObject<V1ObjectMeta> Build()
    {
        var built = ToModel();
        var result = Validate();
        return result.IsValid ? built : throw new ManifestValidationException(Kind, Name, result.Issues, Namespace);
    }

    public ValidationResult Validate() =>
        _model is V1Job or V1CronJob or V1ConfigMap ? ManifestValidator.Validate(ToModel()) : ValidationResult.Valid;
}
