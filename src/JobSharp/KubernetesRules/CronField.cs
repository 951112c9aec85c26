using System.Globalization;

namespace JobSharp.KubernetesRules;

/// <summary>
/// One field of a valid cron expression (<see cref="CronExpression.Fields"/>): <c>*</c> (any value), <c>*/s</c>
/// (every s-th value from the minimum), or the set of values its ranges name.
/// </summary>
/// <param name="IsAny">True for <c>*</c>, <c>?</c> and <c>*/1</c>.</param>
/// <param name="Step">The step of <c>*/s</c>; 1 otherwise.</param>
/// <param name="Values">The values the field matches, ascending.</param>
internal sealed record CronField(bool IsAny, int Step, IReadOnlyList<int> Values)
{
    /// <summary>True for <c>*/s</c> with s above 1: every s-th value from the minimum.</summary>
    public bool IsStep => Step > 1;

    /// <summary>True when the field matches exactly one value.</summary>
    public bool IsSingle => !IsAny && !IsStep && Values.Count == 1;

    /// <summary>The field written as <paramref name="text"/>, which the parser read as <paramref name="values"/>.</summary>
    public static CronField Of(string text, IReadOnlyCollection<int> values)
    {
        if (text is "*" or "?")
        {
            return new CronField(true, 1, [.. values]);
        }

        return text.StartsWith("*/", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var step)
            ? new CronField(step == 1, step, [.. values])
            : new CronField(false, 1, [.. values]);
    }
}
