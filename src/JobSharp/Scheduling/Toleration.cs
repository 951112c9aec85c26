using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>Lets the pod run on nodes with a matching taint (<c>tolerations[]</c>).</summary>
/// <example><code>
/// job.AddToleration(Toleration.Equal("dedicated", "batch", TaintEffect.NoSchedule))
///    .AddToleration(Toleration.Exists("node.kubernetes.io/unreachable", TaintEffect.NoExecute).For(TimeSpan.FromMinutes(5)))
/// </code></example>
public sealed record Toleration
{
    private Toleration(string? key, string @operator, string? value, TaintEffect? effect, long? seconds)
    {
        Key = key;
        Operator = @operator;
        Value = value;
        Effect = effect;
        TolerationSeconds = seconds;
    }

    /// <summary>The taint key, or null to match every key (with <c>Exists</c>).</summary>
    public string? Key { get; }

    /// <summary><c>Equal</c> or <c>Exists</c>.</summary>
    public string Operator { get; }

    /// <summary>The taint value matched by <c>Equal</c>.</summary>
    public string? Value { get; }

    /// <summary>The taint effect matched, or null for every effect.</summary>
    public TaintEffect? Effect { get; }

    /// <summary>How long a <c>NoExecute</c> taint is tolerated before eviction, in seconds; forever when null.</summary>
    public long? TolerationSeconds { get; }

    /// <summary>Tolerates every taint: the pod may run anywhere.</summary>
    public static Toleration Everything { get; } = new(null, "Exists", null, null, null);

    /// <summary>Tolerates the taint <paramref name="key"/>=<paramref name="value"/> (operator <c>Equal</c>).</summary>
    /// <param name="key">The taint key.</param>
    /// <param name="value">The taint value.</param>
    /// <param name="effect">The effect to tolerate; every effect when null.</param>
    /// <returns>The toleration.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty, or <paramref name="value"/> is null.</exception>
    public static Toleration Equal(string key, string value, TaintEffect? effect = null) =>
        new(Guard.NotEmpty(key), "Equal", Guard.NotNull(value), Defined(effect), null);

    /// <summary>Tolerates the taint <paramref name="key"/> whatever its value (operator <c>Exists</c>).</summary>
    /// <param name="key">The taint key.</param>
    /// <param name="effect">The effect to tolerate; every effect when null.</param>
    /// <returns>The toleration.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty.</exception>
    public static Toleration Exists(string key, TaintEffect? effect = null) =>
        new(Guard.NotEmpty(key), "Exists", null, Defined(effect), null);

    /// <summary>Tolerates a <c>NoExecute</c> taint only this long, then the pod is evicted (<c>tolerationSeconds</c>).</summary>
    /// <param name="duration">Whole seconds, 0 or more.</param>
    /// <returns>A new toleration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative or fractional.</exception>
    /// <exception cref="InvalidOperationException">The effect is not <see cref="TaintEffect.NoExecute"/>.</exception>
    public Toleration For(TimeSpan duration) =>
        Effect == TaintEffect.NoExecute
            ? new(Key, Operator, Value, Effect, Guard.WholeSeconds(duration))
            : throw new InvalidOperationException("tolerationSeconds applies only to the NoExecute effect.");

    /// <summary>Builds the model's <see cref="V1Toleration"/>.</summary>
    /// <returns>A new <see cref="V1Toleration"/>.</returns>
    public V1Toleration ToModel() => new()
    {
        Key = Key,
        OperatorProperty = Operator,
        Value = Value,
        Effect = Effect?.ToString(),
        TolerationSeconds = TolerationSeconds,
    };

    private static TaintEffect? Defined(TaintEffect? effect) =>
        effect is { } e ? Guard.Defined(e, nameof(effect)) : null;
}
