using System.Globalization;

namespace JobSharp.Explaining;

/// <summary>One field of a cron expression, read the way robfig/cron reads it: <c>*</c>, <c>*/s</c>, or a set of values.</summary>
internal sealed record CronField(bool IsAny, int Step, IReadOnlyList<int> Values)
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>True for <c>*/s</c> with s above 1: every s-th value from the minimum.</summary>
    public bool IsStep => Step > 1;

    public bool IsSingle => !IsAny && !IsStep && Values.Count == 1;

    /// <summary>Reads a field; null when it is not one this reader understands.</summary>
    public static CronField? Parse(string text, int min, int max, string kind)
    {
        if (text is "*" or "?")
        {
            return new CronField(true, 1, []);
        }

        if (text.StartsWith("*/", StringComparison.Ordinal) && Number(text[2..], null, 0) is { } step and > 0)
        {
            return step == 1 ? new CronField(true, 1, []) : new CronField(false, step, []);
        }

        var names = kind switch { "month" => MonthNames, "dow" => DayNames, _ => null };
        var offset = kind == "month" ? 1 : 0;
        var values = new SortedSet<int>();
        foreach (var part in text.Split(','))
        {
            var slash = part.Split('/');
            var range = slash[0].Split('-');
            var stepBy = slash.Length == 2 ? Number(slash[1], null, 0) : 1;
            if (slash.Length > 2 || range.Length > 2 || stepBy is null or < 1)
            {
                return null;
            }

            var low = range[0] == "*" ? min : Number(range[0], names, offset);
            var high = range.Length == 2 ? Number(range[1], names, offset) : slash.Length == 2 ? max : low;
            if (low is null || high is null || low < min || high > max || low > high)
            {
                return null;
            }

            for (var v = low.Value; v <= high.Value; v += stepBy.Value)
            {
                values.Add(v);
            }
        }

        return new CronField(false, 1, [.. values]);
    }

    private static int? Number(string text, string[]? names, int offset)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var index = names is null ? -1 : Array.IndexOf(names, text.ToLowerInvariant());
        return index < 0 ? null : index + offset;
    }
}
