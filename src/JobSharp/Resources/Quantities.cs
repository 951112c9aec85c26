using System.Collections.Immutable;

namespace JobSharp;

/// <summary>Sorted, ordinal maps of resource name to quantity.</summary>
internal static class Quantities
{
    public static readonly ImmutableSortedDictionary<string, Quantity> Empty =
        ImmutableSortedDictionary.Create<string, Quantity>(StringComparer.Ordinal);
}
