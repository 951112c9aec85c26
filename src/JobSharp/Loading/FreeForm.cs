using System.Globalization;
using JobSharp.Schema;

namespace JobSharp.Loading;

/// <summary>
/// Values of fields typed <see cref="object"/> in the model (such as <c>managedFields[].fieldsV1</c>): read as JSON
/// would carry them, into dictionaries, lists, strings, booleans, <see cref="long"/> and <see cref="double"/>.
/// </summary>
internal static class FreeForm
{
    public static object? Bind(ModelBinder binder, YamlNode node, string path)
    {
        if (node.Kind == YamlNodeKind.Sequence)
        {
            var list = new List<object?>(node.Children.Count);
            for (var i = 0; i < node.Children.Count; i++)
            {
                var itemPath = FieldPaths.Index(path, i);
                binder.Record(itemPath, node.Children[i].Start);
                list.Add(binder.Bind(node.Children[i], ValueShape.FreeForm, itemPath));
            }

            return list;
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var entries = MergeKeys.Entries(node, binder.Context, path);
        for (var i = 0; i + 1 < entries.Count; i += 2)
        {
            var keyNode = entries[i];
            if (MappingKeys.Text(binder.Context, keyNode, path, modelField: false) is not { } key)
            {
                continue;
            }

            var entryPath = FieldPaths.Child(path, key);
            if (MappingKeys.IsFirst(binder.Context, seen, key, keyNode, entryPath))
            {
                binder.Record(entryPath, keyNode.Start);
                map[key] = binder.Bind(entries[i + 1], ValueShape.FreeForm, entryPath);
            }
        }

        return map;
    }

    public static object? Scalar(LoadContext context, ScalarReading reading, YamlNode node, string path)
    {
        switch (reading.Kind)
        {
            case ScalarKind.Boolean:
                return reading.Boolean;
            case ScalarKind.Integer when reading.Integer is { } n && n >= long.MinValue && n <= long.MaxValue:
                return (long)n;
            case ScalarKind.Integer or ScalarKind.Float:
                var text = reading.Text.Replace("_", string.Empty, StringComparison.Ordinal);
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
                {
                    return value;
                }

                context.Report(LoadErrorCode.InvalidValue, node.Start, path, $"{ScalarReading.Shorten(reading.Text)} is not a number JSON can carry");
                return null;
            default:
                return reading.Text;
        }
    }
}
