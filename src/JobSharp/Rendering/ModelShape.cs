using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using k8s;

namespace JobSharp.Rendering;

/// <summary>One serialisable field of a model type: its JSON name and how to read it.</summary>
internal sealed record ModelField(string Name, FieldAccessor Accessor)
{
    /// <summary>True when the name is written as a plain YAML key (<see cref="ScalarStyles"/>), decided once.</summary>
    public bool IsPlainKey { get; } = ScalarStyles.Choose(Name) == StringStyle.Plain;

    public object? Read(object owner) => Accessor.Read(owner);
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
            if (name is null || property.GetGetMethod() is null || property.GetIndexParameters().Length > 0
                || (isTopLevel && name == "status"))
            {
                continue;
            }

            fields.Add(new ModelField(name, FieldAccessor.For(property)));
        }

        // Listed names by their rank, the rest after them by name; names are unique, so the order is total.
        var order = KeyOrder.For(type);
        var ranked = fields.ToArray();
        Array.Sort(ranked, (a, b) =>
        {
            var byRank = Rank(order, a.Name).CompareTo(Rank(order, b.Name));
            return byRank != 0 ? byRank : string.CompareOrdinal(a.Name, b.Name);
        });
        return ranked;
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
