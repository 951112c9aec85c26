using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobSharp.Rendering;

/// <summary>Writes indented JSON with the same key order as the YAML.</summary>
internal sealed class JsonSink(Utf8JsonWriter writer) : IManifestSink
{
    /// <summary>Settings for readable, stable JSON: two-space indentation, <c>\n</c> line endings, no needless escapes.</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void BeginDocument()
    {
    }

    public void EndDocument()
    {
    }

    public void BeginMapping() => writer.WriteStartObject();

    public void EndMapping() => writer.WriteEndObject();

    public void EmptyMapping()
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }

    public void BeginSequence() => writer.WriteStartArray();

    public void EndSequence() => writer.WriteEndArray();

    public void Key(string name) => writer.WritePropertyName(name);

    public void PlainKey(string name) => writer.WritePropertyName(name);

    public void String(string value) => writer.WriteStringValue(value);

    public void Number(string text) => writer.WriteRawValue(text, skipInputValidation: true);

    public void Boolean(bool value) => writer.WriteBooleanValue(value);
}
