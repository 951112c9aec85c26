using System.Globalization;

namespace JobSharp.Validation;

/// <summary>
/// A field path written the way the API server writes it: <c>spec.template.spec.containers[0].env[1].name</c>,
/// map entries as <c>labels[key]</c>.
/// </summary>
internal readonly record struct FieldPath(string Text)
{
    public static FieldPath Root(string name) => new(name);

    public FieldPath Child(string name) => new(Text.Length == 0 ? name : Text + "." + name);

    public FieldPath Child(string first, params ReadOnlySpan<string> rest)
    {
        var path = Child(first);
        foreach (var name in rest)
        {
            path = path.Child(name);
        }

        return path;
    }

    public FieldPath Index(int index) => new(Text + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    public FieldPath Key(string key) => new(Text + "[" + key + "]");

    public override string ToString() => Text;
}
