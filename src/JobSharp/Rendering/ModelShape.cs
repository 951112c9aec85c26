using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using k8s;

namespace JobSharp.Rendering;

/// <summary>One serialisable field of a model type: its JSON name and how to read it.</summary>
internal sealed record ModelField(string Name, PropertyInfo Property)
{
    public object? Read(object owner) => Property.GetValue(owner);
}

/// <summary>
/// The fields of a <c>k8s.Models</c> type in rendering order (<see cref="KeyOrder"/>), found once per type and cached.
/// A top-level object's <c>status</c> is never rendered: manifests describe intent, not state.
/// </summary>
internal static class ModelShape
{
    private static readonly ConcurrentDictionary<Type, ModelField[]> Cache = new();

    public static ModelField[] Of(Type type) => Cache.GetOrAdd(type, Discover);

    private static ModelField[] Discover(Type type)
    {
        var isTopLevel = typeof(IKubernetesObject).IsAssignableFrom(type);
        var fields = new List<ModelField>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            if (name is null || property.GetIndexParameters().Length > 0 || (isTopLevel && name == "status"))
            {
                continue;
            }

            fields.Add(new ModelField(name, property));
        }

        var order = KeyOrder.For(type);
        return [.. fields.OrderBy(f => Rank(order, f.Name)).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }

    private static int Rank(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name)
            {
                return i;
            }
        }

        return order.Count;
    }
}
