using System.Collections.Immutable;

namespace JobSharp.Internal;

/// <summary>Sorted, ordinal maps: labels and annotations render in the same order whatever the culture.</summary>
internal static class Maps
{
    public static readonly ImmutableSortedDictionary<string, string> Empty =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    public static Dictionary<string, string>? ToModel(ImmutableSortedDictionary<string, string> map) =>
        map.IsEmpty ? null : new Dictionary<string, string>(map, StringComparer.Ordinal);

    /// <summary>A sorted map of <paramref name="entries"/>; a later entry with the same key wins.</summary>
    public static ImmutableSortedDictionary<string, string> From(IEnumerable<KeyValuePair<string, string>> entries, string name)
    {
        var map = Empty;
        foreach (var (key, value) in Guard.NotNull(entries, name))
        {
            map = map.SetItem(Guard.NotNull(key, name), Guard.NotNull(value, name));
        }

        return map;
    }
}
