using System.Numerics;
using JobSharp.Internal;

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
    /// <summary>
    /// The kind in words, for messages: <c>the boolean yes</c>, <c>the string "two"</c>; only the kind
    /// (<c>an integer</c>) when the value is a credential.
    /// </summary>
    public string Describe(bool isCredential = false) => (Kind, isCredential) switch
    {
        (ScalarKind.Null, _) => "null",
        (ScalarKind.Boolean, true) => "a boolean",
        (ScalarKind.Integer, true) => "an integer",
        (ScalarKind.Float, true) => "a number",
        (_, true) => "a string",
        (ScalarKind.Boolean, _) => $"the boolean {Shorten(Text)}",
        (ScalarKind.Integer, _) => $"the integer {Shorten(Text)}",
        (ScalarKind.Float, _) => $"the number {Shorten(Text)}",
        _ => $"the string \"{Shorten(Text)}\"",
    };

    /// <summary>A name or value as a message echoes it (see <see cref="EchoText"/>).</summary>
    public static string Shorten(string text) => EchoText.Of(text);
}
