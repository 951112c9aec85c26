using System.Runtime.CompilerServices;
using k8s.Models;

namespace JobSharp.Rendering;

/// <summary>
/// Remembers how a quantity was spelled. <see cref="ResourceQuantity.ToString"/> canonicalises
/// (<c>1.5Gi</c> becomes <c>1536Mi</c>), which would make a formatter rewrite what the author chose; the DSL
/// and the YAML loader record the original text here, and rendering uses it.
/// </summary>
internal static class QuantityText
{
    private static readonly ConditionalWeakTable<ResourceQuantity, string> Spellings = new();

    /// <summary>Creates a quantity that renders exactly as <paramref name="text"/>.</summary>
    public static ResourceQuantity Create(string text)
    {
        var quantity = new ResourceQuantity(text);
        Spellings.AddOrUpdate(quantity, text);
        return quantity;
    }

    /// <summary>The recorded spelling, or the canonical form for quantities created elsewhere.</summary>
    public static string Of(ResourceQuantity quantity) =>
        Spellings.TryGetValue(quantity, out var text) ? text : quantity.ToString();
}
