using System.Runtime.CompilerServices;

namespace JobSharp.Internal;

/// <summary>
/// Argument checks for caller mistakes. Problems with the Job itself are not thrown here: validation reports
/// them all at once, with their field paths.
/// </summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static string NotEmpty(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value.Length == 0 ? throw new ArgumentException("The value must not be empty.", name) : value;
    }

    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, "The value must be 0 or more.") : value;

    public static long NotNegative(long value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, "The value must be 0 or more.") : value;

    /// <summary>Whole, non-negative seconds: the unit Kubernetes uses for every duration in a Job.</summary>
    public static long WholeSeconds(TimeSpan value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "The duration must not be negative.");
        }

        if (value.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Kubernetes counts this duration in whole seconds.");
        }

        return value.Ticks / TimeSpan.TicksPerSecond;
    }

    public static int WholeSecondsInt32(TimeSpan value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        var seconds = WholeSeconds(value, name);
        return seconds > int.MaxValue
            ? throw new ArgumentOutOfRangeException(name, value, $"The duration must be at most {int.MaxValue} seconds.")
            : (int)seconds;
    }
}
