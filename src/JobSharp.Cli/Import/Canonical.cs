using System.Collections;
using System.Text;
using System.Text.Json;
using JobSharp.Rendering;

namespace JobSharp.Cli.Import;

/// <summary>
/// Compares model values the way rendering sees them: through the renderer's own walker, so null, an empty list
/// and an empty map are the same (all left out), while an empty string or an empty object is kept.
/// </summary>
internal static class Canonical
{
    /// <summary>The value as rendered JSON; empty for a value rendering leaves out.</summary>
    public static string Text(object? value)
    {
        if (value is null || value is ICollection { Count: 0 })
        {
            return string.Empty;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new ModelWalker(new JsonSink(writer)).WriteDocument(value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>True when the two values render the same.</summary>
    public static bool Same(object? a, object? b) => string.Equals(Text(a), Text(b), StringComparison.Ordinal);
}
