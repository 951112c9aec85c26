using System.Collections.Concurrent;
using k8s.Models;

namespace JobSharp.Loading;

/// <summary>How a field's value is read.</summary>
internal enum TargetKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    DateTime,
    Quantity,
    IntOrString,
    FreeForm,
    List,
    Map,
    Model,
}

/// <summary>What a property of a <c>k8s.Models</c> type holds, worked out once per CLR type and cached.</summary>
internal sealed class TargetType
{
    private static readonly ConcurrentDictionary<Type, TargetType> Cache = new();

    private TargetType(Type clrType, TargetKind kind, Type? element)
    {
        ClrType = clrType;
        Kind = kind;
        Element = element;
    }

    /// <summary>The type to create: the property type without <see cref="Nullable{T}"/>, or the concrete collection.</summary>
    public Type ClrType { get; }

    public TargetKind Kind { get; }

    /// <summary>The item type of a list, or the value type of a map.</summary>
    public Type? Element { get; }

    /// <summary>The name people know the type by, for messages: <c>JobSpec</c>, <c>int32</c>, <c>string</c>.</summary>
    public string Name => Kind switch
    {
        TargetKind.String => "string",
        TargetKind.Boolean => "boolean",
        TargetKind.Int32 => "int32",
        TargetKind.Int64 => "int64",
        TargetKind.Double => "number",
        TargetKind.DateTime => "RFC 3339 timestamp",
        TargetKind.Quantity => "quantity",
        TargetKind.IntOrString => "integer or string",
        TargetKind.FreeForm => "value",
        TargetKind.List => "list",
        TargetKind.Map => "map",
        _ => ModelName(ClrType),
    };

    public static TargetType Of(Type type) => Cache.GetOrAdd(type, Classify);

    /// <summary><c>V1JobSpec</c> as <c>JobSpec</c>: the Kubernetes name, without the client's version prefix.</summary>
    public static string ModelName(Type type)
    {
        var name = type.Name;
        var i = 0;
        if (name.Length > 1 && name[0] == 'V' && char.IsDigit(name[1]))
        {
            i = 1;
            while (i < name.Length && char.IsAsciiLetterOrDigit(name[i]) && !char.IsAsciiLetterUpper(name[i]))
            {
                i++;
            }
        }

        return name[i..];
    }

    private static TargetType Classify(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsGenericType)
        {
            var definition = t.GetGenericTypeDefinition();
            var arguments = t.GetGenericArguments();
            if (definition == typeof(IList<>) || definition == typeof(List<>) || definition == typeof(ICollection<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>))
            {
                return new TargetType(typeof(List<>).MakeGenericType(arguments[0]), TargetKind.List, arguments[0]);
            }

            if ((definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>)) && arguments[0] == typeof(string))
            {
                return new TargetType(typeof(Dictionary<,>).MakeGenericType(arguments), TargetKind.Map, arguments[1]);
            }
        }

        var kind = t switch
        {
            _ when t == typeof(string) => TargetKind.String,
            _ when t == typeof(bool) => TargetKind.Boolean,
            _ when t == typeof(int) => TargetKind.Int32,
            _ when t == typeof(long) => TargetKind.Int64,
            _ when t == typeof(double) => TargetKind.Double,
            _ when t == typeof(DateTime) => TargetKind.DateTime,
            _ when t == typeof(ResourceQuantity) => TargetKind.Quantity,
            _ when t == typeof(IntOrString) => TargetKind.IntOrString,
            _ when t == typeof(object) => TargetKind.FreeForm,
            _ when t.IsClass && t.GetConstructor(Type.EmptyTypes) is not null => TargetKind.Model,
            _ => throw new NotSupportedException($"The loader cannot read values of type {t}."),
        };
        return new TargetType(t, kind, null);
    }
}
