using System.Globalization;
using JobSharp.KubernetesRules;

namespace JobSharp.Validation.Rules;

/// <summary>
/// The Job controller's index list format (<c>validateIndexesFormat</c>, <c>parseIndexInterval</c>):
/// comma-separated indexes or <c>a-b</c> intervals, strictly increasing, each below the completion count.
/// </summary>
internal static class IndexIntervals
{
    /// <summary>Counts the indexes in <paramref name="text"/>; returns the server's error text, or null.</summary>
    public static string? Count(string text, int completions, out long total)
    {
        total = 0;
        if (text.Length == 0)
        {
            return null;
        }

        long? last = null;
        long count = 0;
        foreach (var interval in text.Split(','))
        {
            var error = ParseInterval(interval, completions, out var first, out var end);
            if (error is null && last >= first)
            {
                error = Format("non-increasing order, previous: {0}, current: {1}", last, first);
            }

            if (error is not null)
            {
                return error;
            }

            count += end - first + 1;
            last = end;
        }

        total = count;
        return null;
    }

    private static string? ParseInterval(string interval, int completions, out long first, out long end)
    {
        end = 0;
        var limits = interval.Split('-');
        if (limits.Length > 2)
        {
            first = 0;
            return $"the fragment {ValueText.Echo(interval)} violates the requirement that an index interval can have at most two parts separated by '-'";
        }

        var error = Bound(limits[0], completions, out first);
        if (error is not null || limits.Length == 1)
        {
            end = first;
            return error;
        }

        error = Bound(limits[1], completions, out end);
        return error ?? (first >= end ? Format("non-increasing order, previous: {0}, current: {1}", first, end) : null);
    }

    private static string? Bound(string text, int completions, out long value)
    {
        if (!GoInt.TryAtoi(text, out value))
        {
            return $"cannot convert string to integer for index: {ValueText.Echo(text)}";
        }

        return value >= completions ? $"too large index: {ValueText.Echo(text)}" : null;
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
