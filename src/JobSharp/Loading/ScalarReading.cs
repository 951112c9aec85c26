using System.Numerics;

namespace JobSharp.Loading;

/// <summary>What a scalar means once its style and tag are taken into account.</summary>
internal enum ScalarKind
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
}

/// <summary>
/// A scalar read the way kubectl reads it: its kind, its text as written, and for booleans and integers the value.
/// <see cref="Integer"/> is null for an integer with too many digits to hold in any field (it is out of range).
/// </summary>
internal readonly record struct ScalarReading(ScalarKind Kind, string Text, bool Boolean = false, BigInteger? Integer = null)
{
    /// <summary>The kind in words, for messages: <c>the boolean yes</c>, <c>the string "two"</c>.</summary>
    public string Describe() => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Boolean => $"the boolean {Text}",
        ScalarKind.Integer => $"the integer {Shorten(Text)}",
        ScalarKind.Float => $"the number {Shorten(Text)}",
        _ => $"the string \"{Shorten(Text)}\"",
    };

    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
