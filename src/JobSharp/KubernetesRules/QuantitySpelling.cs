using System.Globalization;
using k8s.Models;

namespace JobSharp.KubernetesRules;

/// <summary>
/// How a quantity in the model is written out. A <see cref="SpelledQuantity"/> (from the DSL or the loader) is
/// written as it was spelled. Any other <see cref="ResourceQuantity"/> (one set in <c>Customize</c>, say) keeps only
/// its value and suffix family, so it is written canonically, except that a binary quantity takes the largest binary
/// suffix that leaves a short mantissa: <c>new ResourceQuantity("1.5Gi")</c> is written <c>1.5Gi</c>, where
/// KubernetesClient (and <c>kubectl get</c>) would write <c>1536Mi</c>.
/// </summary>
internal static class QuantitySpelling
{
    private static readonly (string Suffix, decimal Size)[] BinarySuffixes =
    [
        ("Ei", 1L << 60), ("Pi", 1L << 50), ("Ti", 1L << 40), ("Gi", 1L << 30), ("Mi", 1L << 20), ("Ki", 1L << 10),
    ];

    /// <summary>The text <paramref name="quantity"/> is written as.</summary>
    public static string Of(ResourceQuantity quantity) => quantity switch
    {
        SpelledQuantity spelled => spelled.Text,
        { Format: ResourceQuantity.SuffixFormat.BinarySI } when Binary(quantity) is { } binary => binary,
        _ => quantity.ToString(),
    };

    /// <summary>The value with the largest binary suffix whose mantissa is 1 or more with at most three decimals; else null.</summary>
    private static string? Binary(ResourceQuantity quantity)
    {
        decimal value;
        try
        {
            value = quantity.ToDecimal();
        }
        catch (OverflowException)
        {
            return null;
        }

        var magnitude = Math.Abs(value);
        foreach (var (suffix, size) in BinarySuffixes)
        {
            var mantissa = magnitude / size;
            if (mantissa >= 1 && mantissa * size == magnitude && decimal.Round(mantissa, 3) == mantissa)
            {
                return (value < 0 ? "-" : string.Empty) + mantissa.ToString("0.###", CultureInfo.InvariantCulture) + suffix;
            }
        }

        return null;
    }
}
