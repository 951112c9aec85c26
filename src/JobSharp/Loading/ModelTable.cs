using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using JobSharp.Rendering;

namespace JobSharp.Loading;

/// <summary>The fields of a <c>k8s.Models</c> type by their JSON names (<see cref="JsonPropertyNameAttribute"/>), found once per type.</summary>
internal sealed class ModelTable
{
    private static readonly ConcurrentDictionary<Type, ModelTable> Cache = new();

    private readonly ConcurrentDictionary<PropertyInfo, FieldAccessor> _setters = new();

    private ModelTable(Dictionary<string, PropertyInfo> fields)
    {
        Fields = fields;
        Names = [.. fields.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyDictionary<string, PropertyInfo> Fields { get; }

    /// <summary>
    /// Sets a field through a cached delegate: <see cref="PropertyInfo.SetValue(object, object)"/> would compile a
    /// reflection stub per property on first use, which is most of the tool's start-up.
    /// </summary>
    public void Set(PropertyInfo property, object instance, object value) =>
        _setters.GetOrAdd(property, FieldAccessor.For).Write(instance, value);

    /// <summary>Every field name, sorted, for suggestions.</summary>
    public IReadOnlyList<string> Names { get; }

    public static ModelTable Of(Type type) => Cache.GetOrAdd(type, Discover);

    private static ModelTable Discover(Type type)
    {
        var fields = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            if (name is not null && property.CanWrite && property.GetIndexParameters().Length == 0)
            {
                fields[name] = property;
            }
        }

        return new ModelTable(fields);
    }
}
