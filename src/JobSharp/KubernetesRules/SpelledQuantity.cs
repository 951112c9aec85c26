using k8s.Models;

namespace JobSharp.KubernetesRules;

/// <summary>
/// A <see cref="ResourceQuantity"/> that keeps the text it was written as. KubernetesClient's type keeps only the
/// value (<c>1.5Gi</c> reads back as <c>1536Mi</c>), so the DSL's <c>Quantity</c> and the YAML loader create this
/// one: the spelling travels with the value through copies, defaulting and <c>Customize</c>, and rendering writes
/// <see cref="Text"/> (see <see cref="QuantitySpelling"/>). Both the value and the text are immutable.
/// </summary>
internal sealed class SpelledQuantity : ResourceQuantity
{
    /// <summary>Parses <paramref name="text"/>, which must be a quantity (<see cref="QuantitySyntax.IsQuantity"/>).</summary>
    /// <exception cref="FormatException">KubernetesClient cannot read <paramref name="text"/>.</exception>
    public SpelledQuantity(string text)
        : base(text) => Text = text;

    /// <summary>The quantity as written, such as <c>1.5Gi</c> or <c>500m</c>.</summary>
    public string Text { get; }
}
