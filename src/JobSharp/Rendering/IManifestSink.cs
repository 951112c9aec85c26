namespace JobSharp.Rendering;

/// <summary>The receiving end of <see cref="ModelWalker"/>: one implementation per output format.</summary>
internal interface IManifestSink
{
    void BeginDocument();

    void EndDocument();

    void BeginMapping();

    void EndMapping();

    /// <summary>An object whose every field is empty (<c>emptyDir: {}</c>): meaningful, so it is kept.</summary>
    void EmptyMapping();

    void BeginSequence();

    void EndSequence();

    void Key(string name);

    /// <summary>A key already known to be written plain: a model field name, checked once per type.</summary>
    void PlainKey(string name);

    void String(string value);

    /// <summary>A number, already in invariant text.</summary>
    void Number(string text);

    void Boolean(bool value);
}
