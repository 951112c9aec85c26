using YamlDotNet.Core;

namespace JobSharp.Loading;

/// <summary>The shape of a <see cref="YamlNode"/>.</summary>
internal enum YamlNodeKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// One node of a parsed YAML document, with where it starts. Mappings keep their entries in order, duplicates
/// included, so that the binder can report them. An alias is the very node its anchor names (shared, not copied).
/// </summary>
internal sealed class YamlNode
{
    private YamlNode(YamlNodeKind kind, SourceLocation start, string tag)
    {
        Kind = kind;
        Start = start;
        Tag = tag;
    }

    public YamlNodeKind Kind { get; }

    public SourceLocation Start { get; }

    /// <summary>The explicit tag (<c>tag:yaml.org,2002:str</c>, <c>!</c>, ...), or empty.</summary>
    public string Tag { get; }

    public string Value { get; private init; } = string.Empty;

    public ScalarStyle Style { get; private init; }

    /// <summary>Sequence items, or mapping keys and values alternating.</summary>
    public List<YamlNode> Children { get; } = [];

    /// <summary>How many nodes this node stands for, aliases expanded.</summary>
    public long Size { get; set; } = 1;

    /// <summary>How many characters of keys and scalars this node stands for, aliases expanded.</summary>
    public long Characters { get; set; }

    public static YamlNode Scalar(SourceLocation start, string tag, string value, ScalarStyle style) =>
        new(YamlNodeKind.Scalar, start, tag) { Value = value, Style = style, Characters = value.Length };

    public static YamlNode Collection(YamlNodeKind kind, SourceLocation start, string tag) => new(kind, start, tag);

    public static SourceLocation At(Mark mark) => new((int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));
}
