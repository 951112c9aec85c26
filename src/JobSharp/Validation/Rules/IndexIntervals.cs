using System.Globalization;

namespace JobSharp.Validation.Rules;

/// <summary>
/// The Job controller's index list format (<c>validateIndexesFormat</c>): comma-separated indexes or
/// <c>a-b</c> intervals, strictly increasing, each below the completion count.
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
        foreach (var interval in text.Split(','))
        {
            var limits = interval.Split('-');
            if (limits.Length > 2)
            {
                total = 0;
                return $"the fragment {ValueText.Quote(interval)} violates the requirement that an index interval can have at most two parts separated by '-'";
            }

            var error = Bound(limits[0], completions, last, out var first);
            if (error is not null)
            {
                total = 0;
                return error;
            }

            total++;
            last = first;
            if (limits.Length == 2)
            {
                error = Bound(limits[1], completions, last, out var second);
                if (error is not null)
                {
                    total = 0;
                    return error;
                }

                total += second - first;
                last = second;
            }
        }

        return null;
    }

    private static string? Bound(string text, int completions, long? last, out long value)
    {
        if (!GoInt.TryAtoi(text, out value))
        {
            return $"cannot convert string to integer for index: {ValueText.Quote(text)}";
        }

        if (value >= completions)
        {
            return $"too large index: {ValueText.Quote(text)}";
        }

        if (last >= value)
        {
            return string.Format(CultureInfo.InvariantCulture, "non-increasing order, previous: {0}, current: {1}", last, value);
        }

        return null;
    }
}
