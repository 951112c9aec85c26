using System.Globalization;
using k8s.Models;

namespace JobSharp.Schema;

/// <summary>
/// Which form an <see cref="IntOrString"/> has. KubernetesClient's type keeps only text, so <c>8080</c> and
/// <c>"8080"</c> look alike, yet the API server reads the first as a port number and the second as a port name
/// (and rejects it: a name needs a letter). A value the loader read as a string is a <see cref="StringFormIntOrString"/>,
/// so the form travels with the value itself (copies share the instance); any other value whose text is a whole
/// int32 in its shortest spelling is an integer, as KubernetesClient sends it.
/// </summary>
internal static class IntOrStringForm
{
    /// <summary>A string-form value, even when its text is all digits.</summary>
    public static IntOrString String(string text)
    {
        // Only text that would otherwise read as a number needs the string form's own type.
        if (IsWholeNumber(text, out _))
        {
            return new StringFormIntOrString(text);
        }

        return text;
    }

    /// <summary>True, with the number, when <paramref name="value"/> is an integer rather than a string.</summary>
    public static bool IsInteger(IntOrString value, out int number)
    {
        number = 0;
        return value is not StringFormIntOrString && IsWholeNumber(value.Value, out number);
    }

    private static bool IsWholeNumber(string? text, out int number)
    {
        number = 0;
        return text is not null
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number)
            && number.ToString(CultureInfo.InvariantCulture) == text;
    }
}
