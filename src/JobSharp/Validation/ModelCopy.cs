using System.Collections;
using JobSharp.Schema;

namespace JobSharp.Validation;

/// <summary>
/// A deep copy of a <c>k8s.Models</c> object graph, so that defaulting never touches the caller's object.
/// It copies field by field through the <see cref="ModelCatalog"/> instead of through JSON, so values that JSON
/// could not carry (a quantity the serializer would rewrite, say) reach the rules unchanged. Immutable leaves
/// (strings, quantities, numbers) are shared; free-form values are shared too, since no default changes them.
/// </summary>
internal static class ModelCopy
{
    public static T Clone<T>(T value)
        where T : class => (T)CloneModel(value);

    private static object CloneModel(object value)
    {
        var model = ModelCatalog.Of(value.GetType());
        var copy = model.Create();
        foreach (var property in model.Properties)
        {
            if (property.CanWrite)
            {
                property.Write(copy, Clone(property.Read(value), property.Shape));
            }
        }

        return copy;
    }

    private static object? Clone(object? value, ValueShape shape) => value is null ? null : shape.Kind switch
    {
        ValueKind.Model => CloneModel(value),
        ValueKind.List => CloneList((IList)value, shape),
        ValueKind.Map => CloneMap((IDictionary)value, shape),
        ValueKind.Bytes => ((byte[])value).Clone(),
        _ => value,
    };

    private static IList CloneList(IList list, ValueShape shape)
    {
        var copy = shape.CreateList();
        foreach (var item in list)
        {
            copy.Add(Clone(item, shape.Element!));
        }

        return copy;
    }

    private static IDictionary CloneMap(IDictionary map, ValueShape shape)
    {
        var copy = shape.CreateMap();
        foreach (DictionaryEntry entry in map)
        {
            copy[entry.Key] = Clone(entry.Value, shape.Element!);
        }

        return copy;
    }
}
