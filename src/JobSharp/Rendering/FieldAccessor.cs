using System.Reflection;

namespace JobSharp.Rendering;

/// <summary>
/// Reads (and, where the property has a public setter, writes) one property of a model object through delegates
/// bound to its accessors. Unlike <see cref="PropertyInfo.GetValue(object)"/> and
/// <see cref="PropertyInfo.SetValue(object, object)"/>, this emits no invoke stub per property, so a first render
/// (or copy) does not JIT-compile one method for every field of every type it meets, and later calls are plain
/// delegate calls.
/// </summary>
internal abstract class FieldAccessor
{
    /// <summary>True when the property has a public setter, so <see cref="Write"/> works.</summary>
    public abstract bool CanWrite { get; }

    /// <summary>An accessor for <paramref name="property"/>, which must have a public instance getter.</summary>
    public static FieldAccessor For(PropertyInfo property)
    {
        var getter = property.GetGetMethod() ?? throw new ArgumentException($"{property.Name} has no public getter.", nameof(property));
        var type = typeof(FieldAccessor<,>).MakeGenericType(property.DeclaringType!, property.PropertyType);
        var accessor = (FieldAccessor)Activator.CreateInstance(type)!;
        accessor.Bind(getter, property.GetSetMethod());
        return accessor;
    }

    /// <summary>Reads the property of <paramref name="owner"/>, boxed; null for a null or empty nullable value.</summary>
    public abstract object? Read(object owner);

    /// <summary>Sets the property of <paramref name="owner"/> to <paramref name="value"/>.</summary>
    /// <exception cref="InvalidOperationException">The property has no public setter.</exception>
    public abstract void Write(object owner, object? value);

    /// <summary>Binds the accessor to the property's accessors; called once, right after construction.</summary>
    protected abstract void Bind(MethodInfo getter, MethodInfo? setter);
}

/// <summary>The typed accessor behind <see cref="FieldAccessor"/>.</summary>
/// <typeparam name="TOwner">The model type that declares the property.</typeparam>
/// <typeparam name="TValue">The property's type.</typeparam>
internal sealed class FieldAccessor<TOwner, TValue> : FieldAccessor
{
    private Func<TOwner, TValue>? _get;
    private Action<TOwner, TValue>? _set;

    public override bool CanWrite => _set is not null;

    public override object? Read(object owner) => _get!((TOwner)owner);

    public override void Write(object owner, object? value)
    {
        if (_set is null)
        {
            throw new InvalidOperationException("The property has no public setter.");
        }

        _set((TOwner)owner, (TValue)value!);
    }

    protected override void Bind(MethodInfo getter, MethodInfo? setter)
    {
        _get = getter.CreateDelegate<Func<TOwner, TValue>>();
        _set = setter?.CreateDelegate<Action<TOwner, TValue>>();
    }
}
