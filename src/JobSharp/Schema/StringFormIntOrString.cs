using System.Runtime.CompilerServices;
using k8s.Models;

namespace JobSharp.Schema;

/// <summary>
/// An <see cref="IntOrString"/> written as a string although its text is a number (<c>port: "8080"</c>): the value
/// owns its form, so rendering keeps the quotes and validation reads a port name (see <see cref="IntOrStringForm"/>).
/// Its <see cref="IntOrString.Value"/> is the text, as for any other <see cref="IntOrString"/>.
/// </summary>
internal sealed class StringFormIntOrString : IntOrString
{
    /// <summary>A string-form value with the text <paramref name="text"/>.</summary>
    public StringFormIntOrString(string text) => SetValue(this, text);

    /// <summary>
    /// KubernetesClient sets <see cref="IntOrString.Value"/> only in its conversions (its setter is private); this
    /// calls that setter without reflection, checked when the type loads (a test covers it).
    /// </summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Value")]
    private static extern void SetValue(IntOrString target, string? value);
}
