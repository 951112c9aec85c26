using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace JobSharp.Loading;

/// <summary>The fields of a <c>k8s.Models</c> type by their JSON names (<see cref="JsonPropertyNameAttribute"/>), found once per type.</summary>
internal sealed class ModelTable
{
    private static readonly ConcurrentDictionary<Type, ModelTable> Cache = new();

    private ModelTable(Dictionary<string, PropertyInfo> fields)
    {
        Fields = fields;
        Names = [.. fields.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyDictionary<string, PropertyInfo> Fields { get; }

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
