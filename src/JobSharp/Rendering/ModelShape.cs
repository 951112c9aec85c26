using System.Collections.Concurrent;
using JobSharp.Schema;

namespace JobSharp.Rendering;

/// <summary>One rendered field of a model type: its JSON name and how to read it.</summary>
internal sealed class ModelField(ModelProperty property)
{
    public string Name => property.Name;

    /// <summary>True when the name is written as a plain YAML key (<see cref="ScalarStyles"/>), decided once.</summary>
    public bool IsPlainKey { get; } = ScalarStyles.Choose(property.Name) == StringStyle.Plain;

    public object? Read(object owner) => property.Read(owner);
}

/// <summary>
/// The fields of a <c>k8s.Models</c> type in rendering order (<see cref="KeyOrder"/>), worked out once per type
/// from the <see cref="ModelCatalog"/>. A top-level object's <c>status</c> is never rendered: manifests describe
/// intent, not state.
/// </summary>
internal static class ModelShape
{
    private static readonly ConcurrentDictionary<Type, ModelField[]> Cache = new();

    public static ModelField[] Of(Type type) => Cache.GetOrAdd(type, Order);

    private static ModelField[] Order(Type type)
    {
        var model = ModelCatalog.Of(type);
        var fields = new List<ModelField>(model.Properties.Count);
        foreach (var property in model.Properties)
        {
            if (!(model.IsTopLevel && property.Name == "status"))
            {
                fields.Add(new ModelField(property));
            }
        }

        // Listed names by their rank, the rest after them by name; names are unique, so the order is total.
        var order = KeyOrder.For(model.ClrType);
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
