using k8s.Models;

namespace JobSharp.Validation.Rules;

/// <summary>
/// A resource quantity as the API server sees it after defaulting: its value rounded up to milli-units, and its
/// canonical text (<c>1536Mi</c>, <c>500m</c>) for messages.
/// </summary>
internal readonly record struct QuantityValue(decimal Value, string Text)
{
    /// <summary>Reads <paramref name="quantity"/>; null when it holds no number (so no comparison is made).</summary>
    public static QuantityValue? From(ResourceQuantity? quantity)
    {
        if (quantity is null)
        {
            return null;
        }

        decimal value;
        try
        {
            value = quantity.ToDecimal();
        }
        catch (Exception e) when (e is OverflowException or FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }

        var milli = value * 1000m;
        if (milli != decimal.Truncate(milli))
        {
            value = decimal.Ceiling(milli) / 1000m;
        }

        var magnitude = new ResourceQuantity(Math.Abs(value), 0, quantity.Format).CanonicalizeString();
        return new QuantityValue(value, value < 0 ? "-" + magnitude : magnitude);
    }

    public bool IsInteger => Value == decimal.Truncate(Value);
}
