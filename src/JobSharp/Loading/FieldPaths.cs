namespace JobSharp.Loading;

/// <summary>Field paths in the API server's notation: <c>spec.template.spec.containers[0].env[1].name</c>, <c>metadata.labels[app]</c>.</summary>
internal static class FieldPaths
{
    public static string Child(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    public static string Key(string parent, string key) => parent + "[" + key + "]";

    /// <summary>The path one step up: <c>a.b[0]</c> gives <c>a.b</c>, <c>a.b</c> gives <c>a</c>, <c>a</c> gives the empty path.</summary>
    public static string Parent(string path)
    {
        if (path.EndsWith(']'))
        {
            var open = path.LastIndexOf('[');
            return open < 0 ? string.Empty : path[..open];
        }

        var dot = path.LastIndexOf('.');
        return dot <= 0 ? string.Empty : path[..dot];
    }
}
