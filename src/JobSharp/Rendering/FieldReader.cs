using System.Reflection;

namespace JobSharp.Rendering;

/// <summary>
/// Reads one property of a model object through a delegate bound to its getter. Unlike
/// <see cref="PropertyInfo.GetValue(object)"/>, this emits no invoke stub per property, so a first render does
/// not JIT-compile one method for every field of every type it meets, and later reads are a plain delegate call.
/// </summary>
internal abstract class FieldReader
{
    /// <summary>Reads the property of <paramref name="owner"/>, boxed; null for a null or empty nullable value.</summary>
    public abstract object? Read(object owner);

    /// <summary>A reader for <paramref name="property"/>, which must have a public instance getter.</summary>
    public static FieldReader For(PropertyInfo property)
    {
        var getter = property.GetGetMethod() ?? throw new ArgumentException($"{property.Name} has no public getter.", nameof(property));
        var type = typeof(FieldReader<,>).MakeGenericType(property.DeclaringType!, property.PropertyType);
        var reader = (FieldReader)Activator.CreateInstance(type)!;
        reader.Bind(getter);
        return reader;
    }

    /// <summary>Binds the reader to the getter; called once, right after construction.</summary>
    protected abstract void Bind(MethodInfo getter);
}

/// <summary>The typed reader behind <see cref="FieldReader"/>.</summary>
/// <typeparam name="TOwner">The model type that declares the property.</typeparam>
/// <typeparam name="TValue">The property's type.</typeparam>
internal sealed class FieldReader<TOwner, TValue> : FieldReader
{
    private Func<TOwner, TValue>? _get;

    public override object? Read(object owner) => _get!((TOwner)owner);

    protected override void Bind(MethodInfo getter) => _get = getter.CreateDelegate<Func<TOwner, TValue>>();
}
