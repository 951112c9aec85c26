using System.Collections;

namespace JobSharp.Loading;

/// <summary>
/// Turns a <see cref="YamlNode"/> tree into <c>k8s.Models</c> objects, field by field through their JSON names,
/// reporting every unknown field, duplicate key and wrong type (with file, line and column) instead of stopping
/// at the first. Records where each field path is written.
/// </summary>
internal sealed class ModelBinder(LoadContext context)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, SourceLocation> Locations => _locations;

    public LoadContext Context => context;

    /// <summary>The value for <paramref name="target"/>, or null when the node is null or has an error (reported).</summary>
    public object? Bind(YamlNode node, TargetType target, string path)
    {
        if (node.Kind == YamlNodeKind.Scalar)
        {
            return BindScalar(node, target, path);
        }

        if (!BindMessages.CollectionTagIsKnown(node))
        {
            context.Report(LoadErrorCode.UnsupportedTag, node.Start, path, $"the tag {node.Tag} is not supported here");
            return null;
        }

        return (target.Kind, node.Kind) switch
        {
            (TargetKind.Model, YamlNodeKind.Mapping) => BindModel(node, target, path),
            (TargetKind.Map, YamlNodeKind.Mapping) => BindMap(node, target, path),
            (TargetKind.List, YamlNodeKind.Sequence) => BindList(node, target, path),
            (TargetKind.FreeForm, _) => FreeForm.Bind(this, node, path),
            _ => WrongShape(node, target, path),
        };
    }

    /// <summary>Records where <paramref name="path"/> is written (the first place wins).</summary>
    public void Record(string path, SourceLocation at)
    {
        context.ChargePath(path, at);
        _locations.TryAdd(path, at);
    }

    private object? BindScalar(YamlNode node, TargetType target, string path)
    {
        if (Yaml11.Read(node) is not { } reading)
        {
            context.Report(LoadErrorCode.UnsupportedTag, node.Start, path, BindMessages.TagProblem(node));
            return null;
        }

        if (reading.Kind == ScalarKind.Null)
        {
            return null;
        }

        return target.Kind switch
        {
            TargetKind.Model or TargetKind.Map or TargetKind.List => WrongShape(node, target, path),
            TargetKind.FreeForm => FreeForm.Scalar(context, reading, node, path),
            _ => ScalarBinder.Convert(context, reading, target, node.Start, path),
        };
    }

    private object BindModel(YamlNode node, TargetType target, string path)
    {
        var table = ModelTable.Of(target.ClrType);
        var instance = Activator.CreateInstance(target.ClrType)!;
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var entries = MergeKeys.Entries(node, context, path);
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

            if (!table.Fields.TryGetValue(key, out var property))
            {
                context.Report(LoadErrorCode.UnknownField, keyNode.Start, fieldPath, BindMessages.UnknownField(key, target, table));
                continue;
            }

            Record(fieldPath, keyNode.Start);
            if (Bind(entries[i + 1], TargetType.Of(property.PropertyType), fieldPath) is { } value)
            {
                table.Set(property, instance, value);
            }
        }

        return instance;
    }

    private object BindMap(YamlNode node, TargetType target, string path)
    {
        var map = (IDictionary)Activator.CreateInstance(target.ClrType)!;
        var element = TargetType.Of(target.Element!);
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
                map[key] = Bind(entries[i + 1], element, entryPath) ?? EmptyItem(element);
            }
        }

        return map;
    }

    private object BindList(YamlNode node, TargetType target, string path)
    {
        var list = (IList)Activator.CreateInstance(target.ClrType)!;
        var element = TargetType.Of(target.Element!);
        for (var i = 0; i < node.Children.Count; i++)
        {
            var item = node.Children[i];
            var itemPath = FieldPaths.Index(path, i);
            Record(itemPath, item.Start);
            list.Add(Bind(item, element, itemPath) ?? EmptyItem(element));
        }

        return list;
    }

    /// <summary>What a null list item or map value becomes, as in Go: the zero value (an empty object, an empty string, 0).</summary>
    private static object? EmptyItem(TargetType element) => element.Kind switch
    {
        TargetKind.String => string.Empty,
        TargetKind.Model => Activator.CreateInstance(element.ClrType),
        _ when element.ClrType.IsValueType => Activator.CreateInstance(element.ClrType),
        _ => null,
    };

    private object? WrongShape(YamlNode node, TargetType target, string path)
    {
        var expected = target.Kind switch
        {
            TargetKind.Model => $"a mapping ({target.Name})",
            TargetKind.Map => "a mapping",
            TargetKind.List => "a list",
            _ => target.Name,
        };
        context.Report(LoadErrorCode.WrongType, node.Start, path, $"expected {expected}, found {BindMessages.Describe(node)}");
        return null;
    }
}
