using System.Collections.Concurrent;

namespace JobSharp.Schema;

/// <summary>
/// Every <c>k8s.Models</c> class, described by code that <c>JobSharp.Generators</c> writes at build time from the
/// referenced KubernetesClient. Each type's description is made on first use and cached.
/// </summary>
internal static partial class ModelCatalog
{
    private static readonly Dictionary<Type, Func<ModelType>> Factories = CreateFactories();
    private static readonly ConcurrentDictionary<Type, ModelType?> Cache = new();
    private static readonly Dictionary<(string ApiVersion, string Kind), Type> Kinds = CreateKinds();

    /// <summary>The description of <paramref name="type"/>, or of its nearest described base type (a subclass of V1Job).</summary>
    /// <exception cref="NotSupportedException">Neither the type nor a base of it is a <c>k8s.Models</c> class.</exception>
    public static ModelType Of(Type type) =>
        Cache.GetOrAdd(type, Find) ?? throw new NotSupportedException($"{type} is not a k8s.Models type: JobSharp reads and writes only Kubernetes objects.");

    private static ModelType? Find(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (Factories.TryGetValue(t, out var create))
            {
                return t == type ? create() : Of(t);
            }
        }

        return null;
    }

    /// <summary>The class of the built-in object with this <c>apiVersion</c> and <c>kind</c> (<c>apps/v1</c>, <c>Deployment</c>).</summary>
    public static bool TryGetKind(string apiVersion, string kind, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        Kinds.TryGetValue((apiVersion, kind), out type);

    /// <summary>Every apiVersion the built-in <paramref name="kind"/> has, sorted; empty for a kind KubernetesClient does not know.</summary>
    public static IReadOnlyList<string> ApiVersionsOf(string kind) =>
        [.. Kinds.Keys.Where(k => k.Kind == kind).Select(k => k.ApiVersion).Order(StringComparer.Ordinal)];

    private static partial Dictionary<Type, Func<ModelType>> CreateFactories();

    private static partial Dictionary<(string ApiVersion, string Kind), Type> CreateKinds();
}
