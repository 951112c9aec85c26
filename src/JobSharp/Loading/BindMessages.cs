using JobSharp.Internal;
using JobSharp.Schema;

namespace JobSharp.Loading;

/// <summary>The words of binding errors: what a node is, and what is wrong with a field name or tag.</summary>
internal static class BindMessages
{
    public static string Describe(YamlNode node, bool isCredential = false) => node.Kind switch
    {
        YamlNodeKind.Mapping => "a mapping",
        YamlNodeKind.Sequence => "a list",
        _ => Yaml11.Read(node)?.Describe(isCredential) ?? $"a value tagged {EchoText.Of(node.Tag)}",
    };

    public static string UnknownField(string key, ModelType model)
    {
        var message = $"unknown field \"{ScalarReading.Shorten(key)}\" in {model.Name}";
        return NameSuggester.Suggest(key, model.Names) is { } suggestion ? $"{message}; did you mean \"{suggestion}\"?" : message;
    }

    public static bool CollectionTagIsKnown(YamlNode node) => node.Tag switch
    {
        "" or "!" => true,
        "tag:yaml.org,2002:map" => node.Kind == YamlNodeKind.Mapping,
        "tag:yaml.org,2002:seq" => node.Kind == YamlNodeKind.Sequence,
        _ => false,
    };

    public static string TagProblem(YamlNode node, bool isCredential = false) =>
        node.Tag is "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" or "tag:yaml.org,2002:bool"
            ? $"\"{EchoText.Of(node.Value, isCredential)}\" is not a valid {node.Tag["tag:yaml.org,2002:".Length..]}"
            : $"the tag {EchoText.Of(node.Tag)} is not supported here";
}
