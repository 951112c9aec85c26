using System.Globalization;
using JobSharp.Internal;
using JobSharp.KubernetesRules;

namespace JobSharp.Validation;

/// <summary>
/// Renders a bad value the way the API server prints it in an error (Go's <c>%q</c> for strings), except that
/// long texts are cut and credentials masked (<see cref="EchoText"/>): a map entry whose key looks like a
/// credential shows <c>****</c>.
/// </summary>
internal static class ValueText
{
    public static string? Render(object? value) => value switch
    {
        null => null,
        string s => Echo(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        IEnumerable<int> ints => "[" + string.Join(",", ints.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]",
        IDictionary<string, string> map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Echo(p.Key) + ":" + (CredentialNames.LooksLikeCredential(p.Key) ? Quote(CredentialValues.Mask) : Echo(p.Value ?? string.Empty)))) + "}",
        _ => null,
    };

    /// <summary>A name or value from the input, quoted, as a message may show it: see <see cref="EchoText"/>.</summary>
    public static string Echo(string text) => GoText.Echo(text);

    /// <summary>Go's <c>strconv.Quote</c>: see <see cref="GoText.Quote"/>.</summary>
    public static string Quote(string text) => GoText.Quote(text);
}
