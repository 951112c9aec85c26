using System.Globalization;
using System.Runtime.CompilerServices;
using k8s.Models;

namespace JobSharp.Schema;

/// <summary>
/// Which form an <see cref="IntOrString"/> has. KubernetesClient's type keeps only text, so <c>8080</c> and
/// <c>"8080"</c> look alike, yet the API server reads the first as a port number and the second as a port name
/// (and rejects it: a name needs a letter). Values the loader read as strings are marked here, by identity (the
/// type cannot be extended: its text is set only through its conversions); any other value whose text is a whole
/// int32 in its shortest spelling is an integer, as KubernetesClient sends it. Copies share the marked instance.
/// </summary>
internal static class IntOrStringForm
{
    private static readonly ConditionalWeakTable<IntOrString, object> Strings = new();
    private static readonly object Marker = new();

    /// <summary>A string-form value, even when its text is all digits.</summary>
    public static IntOrString String(string text)
    {
        IntOrString value = text;
        if (IsWholeNumber(text, out _))
        {
            // Only text that would otherwise read as a number needs the mark.
            Strings.AddOrUpdate(value, Marker);
        }

        return value;
    }

    /// <summary>True, with the number, when <paramref name="value"/> is an integer rather than a string.</summary>
    public static bool IsInteger(IntOrString value, out int number) =>
        IsWholeNumber(value.Value, out number) && !Strings.TryGetValue(value, out _);

    private static bool IsWholeNumber(string? text, out int number)
    {
        number = 0;
        return text is not null
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number)
            && number.ToString(CultureInfo.InvariantCulture) == text;
    }
}
