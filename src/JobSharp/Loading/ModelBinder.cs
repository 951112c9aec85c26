using JobSharp.Internal;
using JobSharp.KubernetesRules;
using JobSharp.Schema;

namespace JobSharp.Loading;

/// <summary>
/// Turns a <see cref="YamlNode"/> tree into <c>k8s.Models</c> objects, field by field through their JSON names,
/// reporting every unknown field, duplicate key and wrong type (with file, line and column) instead of stopping
/// at the first. Records where each field path is written. With <paramref name="ignoreUnknownFields"/>, fields the
/// model does not have are skipped instead, as kubectl reads a kubeconfig.
/// </summary>
internal sealed class ModelBinder(LoadContext context, bool ignoreUnknownFields = false)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, SourceLocation> Locations => _locations;

    public LoadContext Context => context;

    /// <summary>
    /// The value for <paramref name="target"/>, or null when the node is null or has an error (reported). With
    /// <paramref name="isCredential"/> (the value of <c>PGPASSWORD</c>, say), error messages do not echo the value.
    /// </summary>
    public object? Bind(YamlNode node, ValueShape target, string path, bool isCredential = false)
    {
        if (node.Kind == YamlNodeKind.Scalar)
        {
            return BindScalar(node, target, path, isCredential);
        }

        if (!BindMessages.CollectionTagIsKnown(node))
        {
            context.Report(LoadErrorCode.UnsupportedTag, node.Start, path, $"the tag {EchoText.Of(node.Tag)} is not supported here");
            return null;
        }

        return (target.Kind, node.Kind) switch
        {
            (ValueKind.Model, YamlNodeKind.Mapping) => BindModel(node, target, path),
            (ValueKind.Map, YamlNodeKind.Mapping) => BindMap(node, target, path, isCredential),
            (ValueKind.List, YamlNodeKind.Sequence) => BindList(node, target, path),
            (ValueKind.FreeForm, _) => FreeForm.Bind(this, node, path),
            _ => WrongShape(node, target, path, isCredential),
        };
    }

    /// <summary>Records where <paramref name="path"/> is written (the first place wins).</summary>
    public void Record(string path, SourceLocation at)
    {
        context.ChargePath(path, at);
        _locations.TryAdd(path, at);
    }

    private object? BindScalar(YamlNode node, ValueShape target, string path, bool isCredential)
    {
        if (Yaml11.Read(node) is not { } reading)
        {
            context.Report(LoadErrorCode.UnsupportedTag, node.Start, path, BindMessages.TagProblem(node, isCredential));
            return null;
        }

        if (reading.Kind == ScalarKind.Null)
        {
            return null;
        }

        return target.Kind switch
        {
            ValueKind.Model or ValueKind.Map or ValueKind.List => WrongShape(node, target, path, isCredential),
            ValueKind.FreeForm => FreeForm.Scalar(context, reading, node, path),
            _ => ScalarBinder.Convert(context, reading, target, node.Start, path, isCredential),
        };
    }

    private object BindModel(YamlNode node, ValueShape target, string path)
    {
        var model = target.Model;
        var instance = model.Create();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var entries = MergeKeys.Entries(node, context, path);
        var holdsCredential = NamesCredential(entries);

        // Every value of a Secret is one: messages name the key, never the value.
        var isSecret = model.ClrType == typeof(k8s.Models.V1Secret);
        for (var i = 0; i + 1 < entries.Count; i += 2)
        {
            var keyNode = entries[i];
            if (MappingKeys.Text(context, keyNode, path, modelField: true) is not { } key)
            {
                continue;
            }

            var fieldPath = FieldPaths.Child(path, key);
            if (!MappingKeys.IsFirst(context, seen, key, keyNode, fieldPath))
            {
                continue;
            }

            if (!model.TryGetProperty(key, out var property) || !property.CanWrite)
            {
                if (ignoreUnknownFields)
                {
                    continue;
                }

                context.Report(LoadErrorCode.UnknownField, keyNode.Start, fieldPath, BindMessages.UnknownField(key, model));
                continue;
            }

            Record(fieldPath, keyNode.Start);
            var isCredential = (holdsCredential && key == "value") || (isSecret && key is "data" or "stringData");
            if (Bind(entries[i + 1], property.Shape, fieldPath, isCredential) is { } value)
            {
                property.Write(instance, value);
            }
        }

        return instance;
    }

    private object BindMap(YamlNode node, ValueShape target, string path, bool isCredential)
    {
        var map = target.CreateMap();
        var element = target.Element!;
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var entries = MergeKeys.Entries(node, context, path);
        for (var i = 0; i + 1 < entries.Count; i += 2)
        {
            var keyNode = entries[i];
            if (MappingKeys.Text(context, keyNode, path, modelField: false) is not { } key)
            {
                continue;
            }

            var entryPath = FieldPaths.Key(path, key);
            if (MappingKeys.IsFirst(context, seen, key, keyNode, entryPath))
            {
                Record(entryPath, keyNode.Start);
                map[key] = Bind(entries[i + 1], element, entryPath, isCredential || CredentialNames.LooksLikeCredential(key)) ?? element.Zero();
            }
        }

        return map;
    }

    private object BindList(YamlNode node, ValueShape target, string path)
    {
        var list = target.CreateList();
        var element = target.Element!;
        for (var i = 0; i < node.Children.Count; i++)
        {
            var item = node.Children[i];
            var itemPath = FieldPaths.Index(path, i);
            Record(itemPath, item.Start);
            list.Add(Bind(item, element, itemPath) ?? element.Zero());
        }

        return list;
    }

    /// <summary>
    /// True when the mapping's <c>name</c> looks like a credential (an env var such as <c>PGPASSWORD</c>): its
    /// <c>value</c> is then one, whichever of the two is written first.
    /// </summary>
    private static bool NamesCredential(IReadOnlyList<YamlNode> entries)
    {
        for (var i = 0; i + 1 < entries.Count; i += 2)
        {
            if (entries[i] is { Kind: YamlNodeKind.Scalar, Value: "name" } && entries[i + 1] is { Kind: YamlNodeKind.Scalar } name
                && CredentialNames.LooksLikeCredential(name.Value))
            {
                return true;
            }
        }

        return false;
    }

    private object? WrongShape(YamlNode node, ValueShape target, string path, bool isCredential)
    {
        var expected = target.Kind switch
        {
            ValueKind.Model => $"a mapping ({target.Name})",
            ValueKind.Map => "a mapping",
            ValueKind.List => "a list",
            _ => target.Name,
        };
        context.Report(LoadErrorCode.WrongType, node.Start, path, $"expected {expected}, found {BindMessages.Describe(node, isCredential)}");
        return null;
    }
}
