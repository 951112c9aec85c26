using System.Collections.Immutable;
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

    /// <summary>A defined value of an enum: casting an arbitrary number to an enum is a caller mistake.</summary>
    public static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"Not a defined {typeof(TEnum).Name} value.");

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value < min || value > max
            ? throw new ArgumentOutOfRangeException(name, value, $"The value must be between {min} and {max}.")
            : value;

    /// <summary>The result of a caller's configure or change function, which must not be null.</summary>
    public static T Returned<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name, "The function returned null.");

    /// <summary>The items as an immutable list: none null, and at least one when <paramref name="nonEmpty"/>.</summary>
    public static ImmutableList<T> Items<T>(IEnumerable<T>? items, bool nonEmpty, [CallerArgumentExpression(nameof(items))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var list = items.ToImmutableList();
        if (list.Any(item => item is null))
        {
            throw new ArgumentNullException(name, "No item may be null.");
        }

        return nonEmpty && list.IsEmpty ? throw new ArgumentException("At least one item is needed.", name) : list;
    }

    /// <summary>An argument that breaks a rule only the caller's text can explain; throw what this returns.</summary>
    public static ArgumentException Invalid(string message, string? name) => new(message, name);

    /// <summary>An argument outside the range the rule allows; throw what this returns.</summary>
    public static ArgumentOutOfRangeException OutOfRange(object? value, string message, string? name) => new(name, value, message);
}
