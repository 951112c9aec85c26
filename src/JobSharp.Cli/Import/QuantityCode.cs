using System.Globalization;
using System.Text.RegularExpressions;

namespace JobSharp.Cli.Import;

/// <summary>
/// Typed quantities that keep their spelling: <c>250m</c> is <c>Quantity.MilliCpu(250)</c>, <c>256Mi</c> is
/// <c>Quantity.Mebibytes(256)</c>, <c>1.5Gi</c> is <c>Quantity.Parse("1.5Gi")</c>.
/// </summary>
internal static partial class QuantityCode
{
    /// <summary>The quantity spelled <paramref name="text"/>, for the resource <paramref name="resource"/> (<c>cpu</c> reads whole numbers as cores).</summary>
    public static Coded<Quantity>? Of(string text, string resource)
    {
        if (!Quantity.TryParse(text, out var parsed))
        {
            return null;
        }

        var match = Simple().Match(text);
        if (match.Success && long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n.ToString(CultureInfo.InvariantCulture) == match.Groups["n"].Value)
        {
            var candidate = (match.Groups["unit"].Value, resource) switch
            {
                ("m", "cpu") => new Coded<Quantity>($"Quantity.MilliCpu({n})", Quantity.MilliCpu(n)),
                ("", "cpu") when n <= int.MaxValue => new Coded<Quantity>($"Quantity.Cpu({n})", Quantity.Cpu(n)),
                ("Ki", _) => new Coded<Quantity>($"Quantity.Kibibytes({n})", Quantity.Kibibytes(n)),
                ("Mi", _) => new Coded<Quantity>($"Quantity.Mebibytes({n})", Quantity.Mebibytes(n)),
                ("Gi", _) => new Coded<Quantity>($"Quantity.Gibibytes({n})", Quantity.Gibibytes(n)),
                ("", "memory" or "ephemeral-storage") => new Coded<Quantity>($"Quantity.Bytes({n})", Quantity.Bytes(n)),
                ("", _) when n <= int.MaxValue => new Coded<Quantity>(CSharpText.Number(n), Quantity.Count(n)),
                _ => null,
            };
            if (candidate is not null && candidate.Value.Text == text)
            {
                return candidate;
            }
        }

        return new Coded<Quantity>($"Quantity.Parse({CSharpText.String(text)})", parsed);
    }

    [GeneratedRegex("^(?<n>[0-9]+)(?<unit>m|Ki|Mi|Gi|)$", RegexOptions.CultureInvariant)]
    private static partial Regex Simple();
}
