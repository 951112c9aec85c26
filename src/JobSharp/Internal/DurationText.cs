using System.Globalization;

namespace JobSharp.Internal;

/// <summary>Seconds as people read them: <c>1m20s</c>, or <c>1 hour 30 minutes</c>.</summary>
internal static class DurationText
{
    public static string Short(long seconds)
    {
        if (seconds == 0)
        {
            return "0s";
        }

        var parts = Split(seconds);
        return string.Concat(parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value}{p.Unit[0]}")));
    }

    public static string Words(long seconds)
    {
        if (seconds == 0)
        {
            return "0 seconds";
        }

        return string.Join(' ', Split(seconds).Select(p => string.Create(
            CultureInfo.InvariantCulture, $"{p.Value} {p.Unit}{(p.Value == 1 ? "" : "s")}")));
    }

    private static List<(long Value, string Unit)> Split(long seconds)
    {
        var parts = new List<(long, string)>();
        foreach (var (size, unit) in new[] { (86400L, "day"), (3600L, "hour"), (60L, "minute"), (1L, "second") })
        {
            if (seconds >= size)
            {
                parts.Add((seconds / size, unit));
                seconds %= size;
            }
        }

        return parts;
    }
}
