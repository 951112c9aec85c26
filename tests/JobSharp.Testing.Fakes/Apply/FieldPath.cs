using System.Text;
using System.Text.Json.Nodes;

namespace JobSharp.Testing.Fakes.Apply;

/// <summary>
/// A path to one field, as managed fields name them: <c>f:NAME</c> for a struct or map field, <c>k:{"name":"main"}</c>
/// for an item of a list keyed by some of its fields (containers and env by name, ports by containerPort and protocol,
/// ...), <c>v:"x"</c> for an item of a set (finalizers). Lists not known as keyed or sets are atomic: one leaf.
/// </summary>
internal sealed record FieldPath(IReadOnlyList<string> Segments)
{
    public static FieldPath Root { get; } = new([]);

    public bool IsItem => Segments.Count > 0 && Segments[^1][0] == 'k';

    public FieldPath Child(string segment) => new([.. Segments, segment]);

    public bool Equals(FieldPath? other) => other is not null && Segments.SequenceEqual(other.Segments, StringComparer.Ordinal);

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    /// <summary>One string for the whole path (for sets and sorting).</summary>
    public string Key => string.Join('\u001f', Segments);

    /// <summary>The path as conflict messages print it: <c>.spec.template.spec.containers[name="main"].image</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var segment in Segments)
        {
            var body = segment[2..];
            switch (segment[0])
            {
                case 'f':
                    text.Append('.').Append(body);
                    break;
                case 'k':
                    var keys = JsonNode.Parse(body)!.AsObject().Select(p => $"{p.Key}={p.Value!.ToJsonString()}");
                    text.Append('[').Append(string.Join(',', keys)).Append(']');
                    break;
                default:
                    text.Append("[=").Append(body).Append(']');
                    break;
            }
        }

        return text.ToString();
    }
}
