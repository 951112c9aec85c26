using System.Globalization;
using System.Text.RegularExpressions;

namespace JobSharp.KubernetesRules;

/// <summary>
/// The API server's quantity grammar (<c>resource.ParseQuantity</c> in apimachinery): an optionally signed decimal
/// number (<c>1</c>, <c>1.5</c>, <c>1.</c>, <c>.5</c>), then a binary SI suffix (<c>Ki Mi Gi Ti Pi Ei</c>), a decimal
/// SI suffix (<c>n u m k M G T P E</c>) or a decimal exponent (<c>e3</c>, <c>E-2</c>). Read by the DSL's
/// <c>Quantity</c> and the YAML loader alike. Two bounds are JobSharp's own: KubernetesClient's
/// <c>ResourceQuantity</c> cannot hold an exponent beyond ±308 or a text longer than 64 characters, so such text is
/// refused as a quantity instead of failing later.
/// </summary>
internal static partial class QuantitySyntax
{
    /// <summary>The longest text read as a quantity.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="text"/> is a quantity in the API server's grammar, within the bounds above.</summary>
    public static bool IsQuantity(string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        var match = Grammar().Match(text);
        return match.Success
            && (!match.Groups["exp"].Success
                || int.Parse(match.Groups["exp"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) is >= -308 and <= 308);
    }

    /// <summary>True when <paramref name="text"/> starts with a minus sign: a negative (or negative zero) quantity.</summary>
    public static bool IsNegative(string text) => text.StartsWith('-');

    [GeneratedRegex(@"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE](?<exp>[+-]?[0-9]{1,4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
