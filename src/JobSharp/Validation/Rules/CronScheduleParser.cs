using System.Globalization;
using JobSharp.Internal;

namespace JobSharp.Validation.Rules;

/// <summary>
/// A port of robfig/cron v3.0.1 <c>ParseStandard</c> (minute, hour, day of month, month, day of week, and
/// descriptors), the parser the API server uses for <c>spec.schedule</c>. It only reports errors, with the
/// parser's exact texts; it does not compute run times.
/// </summary>
internal static class CronScheduleParser
{
    private static readonly Bounds[] Fields =
    [
        new(0, 59, null),
        new(0, 23, null),
        new(1, 31, null),
        new(1, 12, Names("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", 1)),
        new(0, 6, Names("sun", "mon", "tue", "wed", "thu", "fri", "sat", 0)),
    ];

    private static readonly HashSet<string> Descriptors = new(StringComparer.Ordinal)
    {
        "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly",
    };

    /// <summary>Parses <paramref name="spec"/>; returns null when it is valid, else the parser's error text.</summary>
    public static string? Validate(string spec)
    {
        if (spec.Length == 0)
        {
            return "empty spec string";
        }

        if (spec.StartsWith("TZ=", StringComparison.Ordinal) || spec.StartsWith("CRON_TZ=", StringComparison.Ordinal))
        {
            var space = spec.IndexOf(' ', StringComparison.Ordinal);
            var equals = spec.IndexOf('=', StringComparison.Ordinal);
            var zone = space < 0 ? spec[(equals + 1)..] : spec[(equals + 1)..space];
            if (TimeZoneNames.LoadError(zone) is { } zoneError)
            {
                return $"provided bad location {zone}: {zoneError}";
            }

            spec = space < 0 ? string.Empty : spec[space..].Trim();
        }

        if (spec.StartsWith('@'))
        {
            return ValidateDescriptor(spec);
        }

        var fields = spec.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != Fields.Length)
        {
            return string.Format(CultureInfo.InvariantCulture, "expected exactly 5 fields, found {0}: [{1}]", fields.Length, string.Join(' ', fields));
        }

        for (var i = 0; i < fields.Length; i++)
        {
            foreach (var expression in fields[i].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (ValidateRange(expression, Fields[i]) is { } error)
                {
                    return error;
                }
            }
        }

        return null;
    }

    private static string? ValidateDescriptor(string descriptor)
    {
        const string Every = "@every ";
        if (Descriptors.Contains(descriptor))
        {
            return null;
        }

        if (descriptor.StartsWith(Every, StringComparison.Ordinal))
        {
            var error = GoDuration.Validate(descriptor[Every.Length..]);
            return error is null ? null : $"failed to parse duration {descriptor}: {error}";
        }

        return "unrecognized descriptor: " + descriptor;
    }

    private static string? ValidateRange(string expression, Bounds bounds)
    {
        var rangeAndStep = expression.Split('/');
        var lowAndHigh = rangeAndStep[0].Split('-');
        var singleDigit = lowAndHigh.Length == 1;
        long start;
        long end;
        if (lowAndHigh[0] is "*" or "?")
        {
            start = bounds.Min;
            end = bounds.Max;
        }
        else
        {
            if (ParseIntOrName(lowAndHigh[0], bounds.Names, out start) is { } startError)
            {
                return startError;
            }

            switch (lowAndHigh.Length)
            {
                case 1:
                    end = start;
                    break;
                case 2:
                    if (ParseIntOrName(lowAndHigh[1], bounds.Names, out end) is { } endError)
                    {
                        return endError;
                    }

                    break;
                default:
                    return "too many hyphens: " + expression;
            }
        }

        long step;
        switch (rangeAndStep.Length)
        {
            case 1:
                step = 1;
                break;
            case 2:
                if (MustParseInt(rangeAndStep[1], out step) is { } stepError)
                {
                    return stepError;
                }

                if (singleDigit)
                {
                    end = bounds.Max;
                }

                break;
            default:
                return "too many slashes: " + expression;
        }

        return start < bounds.Min ? Format("beginning of range ({0}) below minimum ({1}): {2}", start, bounds.Min, expression)
            : end > bounds.Max ? Format("end of range ({0}) above maximum ({1}): {2}", end, bounds.Max, expression)
            : start > end ? Format("beginning of range ({0}) beyond end of range ({1}): {2}", start, end, expression)
            : step == 0 ? "step of range should be a positive number: " + expression
            : null;
    }

    private static string? ParseIntOrName(string text, Dictionary<string, long>? names, out long value)
    {
        if (names is not null && names.TryGetValue(text.ToLowerInvariant(), out value))
        {
            return null;
        }

        return MustParseInt(text, out value);
    }

    private static string? MustParseInt(string text, out long value)
    {
        if (GoInt.Parse(text, out value) is { } error)
        {
            return $"failed to parse int from {EchoText.Of(text)}: {error}";
        }

        return value < 0 ? Format("negative number ({0}) not allowed: {1}", value, text) : null;
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static Dictionary<string, long> Names(params object[] namesThenFirst)
    {
        var first = (int)namesThenFirst[^1];
        var names = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < namesThenFirst.Length - 1; i++)
        {
            names[(string)namesThenFirst[i]] = first + i;
        }

        return names;
    }

    private sealed record Bounds(long Min, long Max, Dictionary<string, long>? Names);
}
