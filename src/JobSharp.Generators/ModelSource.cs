using Microsoft.CodeAnalysis;

namespace JobSharp.Generators;

/// <summary>A compilation, known by what the catalog is made from: the KubernetesClient assembly it references.</summary>
internal sealed class ModelSource(Compilation compilation)
{
    public const string Anchor = "k8s.Models.V1Job";

    /// <summary>Equal when both reference the same KubernetesClient (name, version, public key) or neither does.</summary>
    public static readonly IEqualityComparer<ModelSource> ByModels = new ModelsComparer();

    public Compilation Compilation { get; } = compilation;

    /// <summary>The referenced KubernetesClient's identity, or null; the catalog's own presence counts too.</summary>
    private string? Key { get; } = compilation.GetTypeByMetadataName(Anchor)?.ContainingAssembly.Identity.GetDisplayName(fullKey: true)
        + (compilation.GetTypeByMetadataName("JobSharp.Schema.ModelCatalog") is null ? "|no catalog" : "|catalog");

    private sealed class ModelsComparer : IEqualityComparer<ModelSource>
    {
        public bool Equals(ModelSource? x, ModelSource? y) => string.Equals(x?.Key, y?.Key, StringComparison.Ordinal);

        public int GetHashCode(ModelSource obj) => obj.Key is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.Key);
    }
}
