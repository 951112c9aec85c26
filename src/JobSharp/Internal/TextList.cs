namespace JobSharp.Internal;

/// <summary>Joins words the way a sentence does: <c>a, b and c</c>.</summary>
internal static class TextList
{
    public static string And(IEnumerable<string> items) => Join(items, "and");

    public static string Or(IEnumerable<string> items) => Join(items, "or");

    private static string Join(IEnumerable<string> items, string last)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} {last} {list[^1]}",
        };
    }
}
