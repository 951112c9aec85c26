using System.Collections;
using System.Globalization;
using JobSharp.KubernetesRules;
using JobSharp.Schema;
using k8s.Models;

namespace JobSharp.Cli.Import;

/// <summary>
/// C# expressions that make a <c>k8s.Models</c> value, for the fields a <c>Customize</c> call sets: object
/// initializers with KubernetesClient's property names, collection expressions, and quantities that keep their
/// spelling.
/// </summary>
internal static class ModelCode
{
    /// <summary>The expression for <paramref name="value"/>, whose shape is <paramref name="shape"/>.</summary>
    public static string Of(object? value, ValueShape shape)
    {
        if (value is null)
        {
            return "null";
        }

        return shape.Kind switch
        {
            ValueKind.Model => Model(value, shape.Model),
            ValueKind.List => "[" + string.Join(", ", ((IList)value).Cast<object?>().Select(item => Of(item, shape.Element!))) + "]",
            ValueKind.Map => Map((IDictionary)value, shape.Element!),
            _ => Scalar(value),
        };
    }

    private static string Model(object value, ModelType type)
    {
        var fields = type.Properties
            .Where(p => p.CanWrite && p.Read(value) is { } v && v is not ICollection { Count: 0 })
            .Select(p => $"{p.ClrName} = {Of(p.Read(value), p.Shape)}")
            .ToList();
        return fields.Count == 0 ? $"new {type.ClrType.Name}()" : $"new {type.ClrType.Name} {{ {string.Join(", ", fields)} }}";
    }

    private static string Map(IDictionary map, ValueShape element)
    {
        var keys = map.Keys.Cast<string>().Order(StringComparer.Ordinal).ToList();
        var type = $"Dictionary<string, {TypeName(element)}>";
        return keys.Count == 0
            ? $"new {type}()"
            : $"new {type} {{ {string.Join(", ", keys.Select(k => $"[{CSharpText.String(k)}] = {Of(map[k], element)}"))} }}";
    }

    private static string TypeName(ValueShape shape) => shape.Kind switch
    {
        ValueKind.String => "string",
        ValueKind.Boolean => "bool",
        ValueKind.Int32 => "int",
        ValueKind.Int64 => "long",
        ValueKind.Double => "double",
        ValueKind.Quantity => nameof(ResourceQuantity),
        ValueKind.IntOrString => nameof(IntOrString),
        ValueKind.Bytes => "byte[]",
        ValueKind.List => $"IList<{TypeName(shape.Element!)}>",
        ValueKind.Map => $"IDictionary<string, {TypeName(shape.Element!)}>",
        ValueKind.Model => shape.ClrType.Name,
        _ => "object",
    };

    private static string Scalar(object value) => value switch
    {
        string s => CSharpText.String(s),
        bool b => CSharpText.Bool(b),
        int i => CSharpText.Number(i),
        long l => CSharpText.Number(l),
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        DateTime t => $"DateTime.Parse({CSharpText.String(t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture))}, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)",
        ResourceQuantity q => QuantityCode(QuantitySpelling.Of(q)),
        IntOrString ios => IntOrStringForm.IsInteger(ios, out var number) ? CSharpText.Number(number) : CSharpText.String(ios.Value ?? string.Empty),
        byte[] bytes => $"Convert.FromBase64String({CSharpText.String(Convert.ToBase64String(bytes))})",
        IDictionary map => "new Dictionary<string, object> { " + string.Join(", ", map.Keys.Cast<string>().Order(StringComparer.Ordinal).Select(k => $"[{CSharpText.String(k)}] = {(map[k] is { } v ? Scalar(v) : "null!")}")) + " }",
        IEnumerable list => "new List<object> { " + string.Join(", ", list.Cast<object?>().Select(v => v is null ? "null!" : Scalar(v))) + " }",
        _ => CSharpText.String(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static string QuantityCode(string text) =>
        Quantity.TryParse(text, out _) ? $"Quantity.Parse({CSharpText.String(text)}).ToModel()" : $"new ResourceQuantity({CSharpText.String(text)})";
}
