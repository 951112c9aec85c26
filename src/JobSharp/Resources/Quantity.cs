using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using JobSharp.Internal;
using JobSharp.KubernetesRules;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A Kubernetes resource quantity (<c>500m</c>, <c>2</c>, <c>256Mi</c>, <c>1.5Gi</c>, <c>1e3</c>), parsed and checked
/// when it is created and rendered exactly as it was written. Quantities in a Job are never negative, so a minus
/// sign is not accepted. A string converts to a quantity implicitly (<c>.WithLimit("memory", "1.5Gi")</c>).
/// </summary>
/// <example><code>
/// c.WithRequests(cpu: Quantity.MilliCpu(250), memory: Quantity.Mebibytes(256))
///  .WithLimits(cpu: Quantity.Cpu(1), memory: Quantity.Parse("1.5Gi"))
/// </code></example>
public sealed record Quantity
{
    private Quantity(string text) => Text = text;

    /// <summary>The quantity as written, such as <c>500m</c> or <c>1.5Gi</c>.</summary>
    public string Text { get; }

    /// <summary>Parses the Kubernetes quantity syntax: a number, then an optional suffix (<c>n u m k M G T P E</c>,
    /// <c>Ki Mi Gi Ti Pi Ei</c>, or an exponent such as <c>e3</c>).</summary>
    /// <param name="text">The quantity, such as <c>250m</c> or <c>2Gi</c>.</param>
    /// <returns>The quantity, rendered exactly as <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a non-negative Kubernetes quantity.</exception>
    public static Quantity Parse(string text)
    {
        Guard.NotNull(text);
        return IsQuantity(text)
            ? new Quantity(text)
            : throw Guard.Invalid(
                $"'{text}' is not a Kubernetes quantity: expected a non-negative number with an optional suffix such as 500m, 2, 256Mi or 1.5Gi.",
                nameof(text));
    }

    /// <summary>Tries to parse the Kubernetes quantity syntax.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="quantity">The quantity, when the text is one.</param>
    /// <returns>True when <paramref name="text"/> is a non-negative quantity.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Quantity? quantity)
    {
        quantity = text is not null && IsQuantity(text) ? new Quantity(text) : null;
        return quantity is not null;
    }

    /// <summary>CPU in cores: whole cores render as a number (<c>2</c>), fractions as millicores (<c>0.5</c> is <c>500m</c>).</summary>
    /// <param name="cores">The number of cores; 0 or more, in whole millicores.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cores"/> is negative, not finite, or finer than a millicore.</exception>
    public static Quantity Cpu(double cores)
    {
        if (!double.IsFinite(cores) || cores < 0)
        {
            throw Guard.OutOfRange(cores, "CPU must be a finite number of cores, 0 or more.", nameof(cores));
        }

        var millis = Math.Round(cores * 1000);
        if (Math.Abs(millis - (cores * 1000)) > 1e-6 || millis > long.MaxValue / 2)
        {
            throw Guard.OutOfRange(cores, "Kubernetes counts CPU in whole millicores (0.001 cores).", nameof(cores));
        }

        var value = (long)millis;
        return value % 1000 == 0 ? Count(value / 1000) : MilliCpu(value);
    }

    /// <summary>CPU in millicores: <c>MilliCpu(250)</c> is <c>250m</c>, a quarter of a core.</summary>
    /// <param name="millicores">The millicores, 0 or more.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="millicores"/> is negative.</exception>
    public static Quantity MilliCpu(long millicores) => new(Format(millicores, "m"));

    /// <summary>A plain count, such as one GPU (<c>nvidia.com/gpu: 1</c>) or a number of bytes.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static Quantity Count(long count) => new(Format(count, string.Empty));

    /// <summary>Bytes, written without a suffix.</summary>
    /// <param name="bytes">The bytes, 0 or more.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytes"/> is negative.</exception>
    public static Quantity Bytes(long bytes) => new(Format(bytes, string.Empty));

    /// <summary>Kibibytes (1024 bytes): <c>Kibibytes(512)</c> is <c>512Ki</c>.</summary>
    /// <param name="kibibytes">The amount, 0 or more.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kibibytes"/> is negative.</exception>
    public static Quantity Kibibytes(long kibibytes) => new(Format(kibibytes, "Ki"));

    /// <summary>Mebibytes (1024² bytes): <c>Mebibytes(256)</c> is <c>256Mi</c>.</summary>
    /// <param name="mebibytes">The amount, 0 or more.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mebibytes"/> is negative.</exception>
    public static Quantity Mebibytes(long mebibytes) => new(Format(mebibytes, "Mi"));

    /// <summary>Gibibytes (1024³ bytes): <c>Gibibytes(1)</c> is <c>1Gi</c>.</summary>
    /// <param name="gibibytes">The amount, 0 or more.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gibibytes"/> is negative.</exception>
    public static Quantity Gibibytes(long gibibytes) => new(Format(gibibytes, "Gi"));

    /// <summary>A plain count; lets <c>WithLimit("nvidia.com/gpu", 1)</c> read naturally.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static implicit operator Quantity(int count) => Count(count);

    /// <summary>Parses a quantity; see <see cref="Parse"/>.</summary>
    /// <param name="text">The quantity, such as <c>250m</c> or <c>2Gi</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a non-negative Kubernetes quantity.</exception>
    public static implicit operator Quantity(string text) => Parse(text);

    /// <summary>Builds the model's <see cref="ResourceQuantity"/>, which carries <see cref="Text"/> and renders exactly as it.</summary>
    /// <returns>A new <see cref="ResourceQuantity"/>.</returns>
    public ResourceQuantity ToModel() => new SpelledQuantity(Text);

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string Format(long value, string suffix, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null) =>
        Guard.NotNegative(value, name).ToString(CultureInfo.InvariantCulture) + suffix;

    /// <summary>The API server's grammar, without a minus sign: quantities in a Job are never negative.</summary>
    private static bool IsQuantity(string text) => QuantitySyntax.IsQuantity(text) && !QuantitySyntax.IsNegative(text);
}
