using System.Collections.Frozen;
using k8s;

namespace JobSharp.Schema;

/// <summary>A <c>k8s.Models</c> class as the catalog describes it: how to make one, and its JSON fields.</summary>
internal sealed class ModelType
{
    private readonly Func<object> _create;
    private readonly FrozenDictionary<string, ModelProperty> _byName;
    private string[]? _names;

    public ModelType(Type clrType, Func<object> create, ModelProperty[] properties)
    {
        ClrType = clrType;
        _create = create;
        Properties = properties;
        _byName = properties.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        IsTopLevel = typeof(IKubernetesObject).IsAssignableFrom(clrType);
    }

    public Type ClrType { get; }

    /// <summary>The fields in the order the model declares them.</summary>
    public IReadOnlyList<ModelProperty> Properties { get; }

    /// <summary>True for an object with its own kind (a Job, a CronJob), not a part of one.</summary>
    public bool IsTopLevel { get; }

    /// <summary>Every field name, sorted ordinally, for suggestions.</summary>
    public IReadOnlyList<string> Names => _names ??= [.. _byName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The Kubernetes name of the type: <c>JobSpec</c> for <c>V1JobSpec</c>.</summary>
    public string Name => KubernetesName(ClrType);

    public object Create() => _create();

    public bool TryGetProperty(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ModelProperty? property) =>
        _byName.TryGetValue(name, out property);

    /// <summary><c>V1JobSpec</c> as <c>JobSpec</c>: the Kubernetes name, without the client's version prefix.</summary>
    public static string KubernetesName(Type type)
    {
        var name = type.Name;
        var i = 0;
        if (name.Length > 1 && name[0] == 'V' && char.IsDigit(name[1]))
        {
            i = 1;
            while (i < name.Length && char.IsAsciiLetterOrDigit(name[i]) && !char.IsAsciiLetterUpper(name[i]))
            {
                i++;
            }
        }

        return name[i..];
    }
}
