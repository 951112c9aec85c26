namespace JobSharp.Schema;

/// <summary>One JSON field of a model type: its name, the shape of its value, and typed accessors.</summary>
internal sealed class ModelProperty(string name, ValueShape shape, Func<object, object?> read, Action<object, object?>? write, string? clrName = null)
{
    /// <summary>The field's JSON name, as in the Kubernetes API: <c>backoffLimit</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The C# property that holds the field, as KubernetesClient names it: <c>BackoffLimit</c>, <c>NamespaceProperty</c>.</summary>
    public string ClrName { get; } = clrName ?? name;

    public ValueShape Shape { get; } = shape;

    /// <summary>True when the field has a public setter, so <see cref="Write"/> works.</summary>
    public bool CanWrite => write is not null;

    /// <summary>The field's value on <paramref name="owner"/>, boxed; null for a null or empty nullable value.</summary>
    public object? Read(object owner) => read(owner);

    /// <summary>Sets the field of <paramref name="owner"/>.</summary>
    /// <exception cref="InvalidOperationException">The field has no public setter.</exception>
    public void Write(object owner, object? value)
    {
        if (write is null)
        {
            throw new InvalidOperationException($"The field {Name} cannot be set.");
        }

        write(owner, value);
    }
}
