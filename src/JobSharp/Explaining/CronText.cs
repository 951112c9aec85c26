using System.Globalization;
using JobSharp.Internal;
using JobSharp.KubernetesRules;

namespace JobSharp.Explaining;

/// <summary>A CronJob schedule in words, for the common patterns; null when a pattern has no simple reading.</summary>
internal static class CronText
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string? Describe(string schedule)
    {
        var text = schedule.Trim();
        switch (text.ToLowerInvariant())
        {
            case "@yearly" or "@annually": return "once a year, at 00:00 on January 1";
            case "@monthly": return "once a month, at 00:00 on day 1";
            case "@weekly": return "once a week, at 00:00 on Sunday";
            case "@daily" or "@midnight": return "every day at 00:00";
            case "@hourly": return "every hour, at minute 0";
        }

        if (text.StartsWith("@every ", StringComparison.OrdinalIgnoreCase))
        {
            return $"every {text[7..].Trim()}";
        }

        var expression = CronExpression.Parse(text);
        if (expression.Fields is not [var minute, var hour, var dom, var month, var dow] || expression.TimeZone is not null)
        {
            return null;
        }

        var days = DayPhrase(dom, dow);
        var months = MonthPhrase(month);
        if (days is null || months is null)
        {
            return null;
        }

        var time = TimePhrase(minute, hour, days.Length == 0 && months.Length == 0);
        return time is null ? null : string.Join(' ', new[] { time, days, months }.Where(p => p.Length > 0));
    }

    private static string? TimePhrase(CronField minute, CronField hour, bool everyDay)
    {
        var day = everyDay ? "every day " : "";
        return (minute, hour) switch
        {
            ({ IsAny: true }, { IsAny: true }) => "every minute",
            ({ IsStep: true }, { IsAny: true }) => N($"every {minute.Step} minutes"),
            ({ IsSingle: true }, { IsAny: true }) => N($"every hour at minute {minute.Values[0]}"),
            ({ IsAny: false, IsStep: false }, { IsAny: true }) => $"every hour at minutes {TextList.And(minute.Values.Select(Num))}",
            ({ IsSingle: true }, { IsStep: true }) => N($"every {hour.Step} hours at minute {minute.Values[0]}"),
            ({ IsSingle: true }, { IsAny: false, IsStep: false }) when hour.Values.Count <= 6 =>
                $"{day}at {TextList.And(hour.Values.Select(h => Clock(h, minute.Values[0])))}",
            ({ IsStep: true }, { IsAny: false, IsStep: false }) when Hours(hour) is { } hours => N($"every {minute.Step} minutes {hours}"),
            ({ IsAny: true }, { IsAny: false, IsStep: false }) when Hours(hour) is { } hours => $"every minute {hours}",
            _ => null,
        };
    }

    /// <summary>A contiguous run of hours as <c>from 09:00 to 17:59</c>; null for other sets.</summary>
    private static string? Hours(CronField hour) =>
        hour.Values[^1] - hour.Values[0] == hour.Values.Count - 1
            ? $"from {Clock(hour.Values[0], 0)} to {Clock(hour.Values[^1], 59)}"
            : null;

    private static string? DayPhrase(CronField dom, CronField dow)
    {
        if (dom.IsStep || dow.IsStep)
        {
            return null;
        }

        var onDom = dom.IsAny ? null : $"on day{(dom.Values.Count == 1 ? "" : "s")} {Ranged(dom.Values, Num)} of the month";
        var onDow = dow.IsAny ? null : $"on {Ranged(dow.Values, d => Days[d])}";
        return (onDom, onDow) switch
        {
            (null, null) => "",
            ({ } d, null) => d,
            (null, { } w) => w,
            ({ } d, { } w) => $"{d} and {w} (either one is enough)",
        };
    }

    private static string? MonthPhrase(CronField month) =>
        month.IsAny ? "" : month.IsStep ? null : $"in {Ranged(month.Values, m => Months[m - 1])}";

    /// <summary>Values as words, contiguous runs of three or more as <c>Monday to Friday</c>.</summary>
    private static string Ranged(IReadOnlyList<int> values, Func<int, string> word)
    {
        var parts = new List<string>();
        for (var i = 0; i < values.Count;)
        {
            var j = i;
            while (j + 1 < values.Count && values[j + 1] == values[j] + 1)
            {
                j++;
            }

            if (j - i >= 2)
            {
                parts.Add($"{word(values[i])} to {word(values[j])}");
            }
            else
            {
                parts.AddRange(values.Skip(i).Take(j - i + 1).Select(word));
            }

            i = j + 1;
        }

        return TextList.And(parts);
    }

    private static string Clock(int hour, int minute) => string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string N(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
