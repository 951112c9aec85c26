using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using JobSharp.Rendering;
using k8s.Models;

namespace JobSharp.Validation;

/// <summary>
/// A deep copy of a <c>k8s.Models</c> object graph, so that defaulting never touches the caller's object.
/// It copies property by property instead of through JSON, so values that JSON could not carry (a quantity
/// the serializer would rewrite, say) reach the rules unchanged. Immutable leaves (strings, quantities) are shared.
/// </summary>
internal static class ModelCopy
{
    private static readonly ConcurrentDictionary<Type, FieldAccessor[]> Properties = new();

    public static T Clone<T>(T value)
        where T : class => (T)CloneValue(value)!;

    private static object? CloneValue(object? value)
    {
        if (value is null or string or ResourceQuantity)
        {
            return value;
        }

        var type = value.GetType();
        if (type.IsValueType)
        {
            return value;
        }

        if (value is byte[] bytes)
        {
            return bytes.Clone();
        }

        if (value is IDictionary dictionary)
        {
            return CloneDictionary(type, dictionary);
        }

        if (value is IList list)
        {
            return CloneList(type, list);
        }

        return type.Namespace == "k8s.Models" && type.GetConstructor(Type.EmptyTypes) is not null
            ? CloneModel(type, Activator.CreateInstance(type)!, value)
            : value;
    }

    private static object CloneModel(Type type, object copy, object value)
    {
        foreach (var property in Properties.GetOrAdd(type, Settable))
        {
            property.Write(copy, CloneValue(property.Read(value)));
        }

        return copy;
    }

    // Delegates rather than PropertyInfo.GetValue/SetValue: reflection invoke stubs cost a JIT per property at start.
    private static FieldAccessor[] Settable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetGetMethod() is not null && p.GetSetMethod() is not null && p.GetIndexParameters().Length == 0)
            .Select(FieldAccessor.For)];

    private static object CloneDictionary(Type type, IDictionary dictionary)
    {
        var arguments = GenericArguments(type, typeof(IDictionary<,>)) ?? [typeof(object), typeof(object)];
        var copyType = typeof(Dictionary<,>).MakeGenericType(arguments);
        var copy = arguments[0] == typeof(string)
            ? (IDictionary)Activator.CreateInstance(copyType, StringComparer.Ordinal)!
            : (IDictionary)Activator.CreateInstance(copyType)!;
        foreach (DictionaryEntry entry in dictionary)
        {
            copy[entry.Key] = CloneValue(entry.Value);
        }

        return copy;
    }

    private static object CloneList(Type type, IList list)
    {
        var arguments = GenericArguments(type, typeof(IList<>)) ?? [typeof(object)];
        var copy = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(arguments))!;
        foreach (var item in list)
        {
            copy.Add(CloneValue(item));
        }

        return copy;
    }

    private static Type[]? GenericArguments(Type type, Type definition) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)?
            .GetGenericArguments();
}
