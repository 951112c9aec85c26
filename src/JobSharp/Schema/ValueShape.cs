using System.Collections;
using k8s.Models;

namespace JobSharp.Schema;

/// <summary>
/// The shape of a field's value: a scalar kind, a list or string-keyed map of some shape, or a model. Lists and
/// maps carry a factory for the concrete collection, so copying and loading make them without reflection.
/// </summary>
internal sealed class ValueShape
{
    private readonly Func<object>? _createCollection;
    private ModelType? _model;

    private ValueShape(ValueKind kind, Type clrType, ValueShape? element = null, Func<object>? createCollection = null)
    {
        Kind = kind;
        ClrType = clrType;
        Element = element;
        _createCollection = createCollection;
    }

    public static ValueShape String { get; } = new(ValueKind.String, typeof(string));

    public static ValueShape Boolean { get; } = new(ValueKind.Boolean, typeof(bool));

    public static ValueShape Int32 { get; } = new(ValueKind.Int32, typeof(int));

    public static ValueShape Int64 { get; } = new(ValueKind.Int64, typeof(long));

    public static ValueShape Double { get; } = new(ValueKind.Double, typeof(double));

    public static ValueShape DateTime { get; } = new(ValueKind.DateTime, typeof(DateTime));

    public static ValueShape Quantity { get; } = new(ValueKind.Quantity, typeof(ResourceQuantity));

    public static ValueShape IntOrString { get; } = new(ValueKind.IntOrString, typeof(IntOrString));

    public static ValueShape Bytes { get; } = new(ValueKind.Bytes, typeof(byte[]));

    public static ValueShape FreeForm { get; } = new(ValueKind.FreeForm, typeof(object));

    public ValueKind Kind { get; }

    /// <summary>The value's type, without <see cref="Nullable{T}"/>; for a list or map, the collection's interface type.</summary>
    public Type ClrType { get; }

    /// <summary>The shape of a list's items or a map's values.</summary>
    public ValueShape? Element { get; }

    /// <summary>The model's fields, looked up on first use (models refer to each other, some in cycles).</summary>
    public ModelType Model => _model ??= ModelCatalog.Of(ClrType);

    /// <summary>The name people know the type by, for messages: <c>JobSpec</c>, <c>int32</c>, <c>string</c>.</summary>
    public string Name => Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Boolean => "boolean",
        ValueKind.Int32 => "int32",
        ValueKind.Int64 => "int64",
        ValueKind.Double => "number",
        ValueKind.DateTime => "RFC 3339 timestamp",
        ValueKind.Quantity => "quantity",
        ValueKind.IntOrString => "integer or string",
        ValueKind.Bytes => "base64 bytes",
        ValueKind.FreeForm => "value",
        ValueKind.List => "list",
        ValueKind.Map => "map",
        ValueKind.Model => ModelType.KubernetesName(ClrType),
        _ => ClrType.Name,
    };

    public static ValueShape List(ValueShape item, Func<IList> create) => new(ValueKind.List, typeof(IList), item, create);

    public static ValueShape Map(ValueShape value, Func<IDictionary> create) => new(ValueKind.Map, typeof(IDictionary), value, create);

    public static ValueShape ModelOf(Type type) => new(ValueKind.Model, type);

    public static ValueShape Unsupported(Type type) => new(ValueKind.Unsupported, type);

    /// <summary>A new, empty list of this shape's concrete type.</summary>
    public IList CreateList() => Kind == ValueKind.List ? (IList)_createCollection!() : throw NotA("list");

    /// <summary>A new, empty map of this shape's concrete type, with ordinal keys.</summary>
    public IDictionary CreateMap() => Kind == ValueKind.Map ? (IDictionary)_createCollection!() : throw NotA("map");

    /// <summary>What a null list item or map value becomes, as in Go: the zero value (an empty object, "", 0, false).</summary>
    public object? Zero() => Kind switch
    {
        ValueKind.String => string.Empty,
        ValueKind.Boolean => false,
        ValueKind.Int32 => 0,
        ValueKind.Int64 => 0L,
        ValueKind.Double => 0d,
        ValueKind.DateTime => default(DateTime),
        ValueKind.Model => Model.Create(),
        _ => null,
    };

    private InvalidOperationException NotA(string what) => new($"A {Name} value is not a {what}.");
}
