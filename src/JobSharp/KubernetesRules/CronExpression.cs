using System.Globalization;
using JobSharp.Internal;

namespace JobSharp.KubernetesRules;

/// <summary>
/// A CronJob schedule read by a port of robfig/cron v3.0.1 <c>ParseStandard</c> (minute, hour, day of month, month,
/// day of week, and descriptors), the parser the API server uses for <c>spec.schedule</c>: the one cron parser of
/// JobSharp. Its <see cref="Error"/> is the parser's exact text (validation reports it), <see cref="ErrorField"/>
/// says which field it is about (the DSL's <c>CronSchedule</c> names it), and <see cref="Fields"/> holds the values
/// of a valid five-field expression (explain puts them in words). It does not compute run times.
/// </summary>
internal sealed record CronExpression
{
    private static readonly Bounds[] FieldBounds =
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

    private CronExpression(string? error, int? errorField, string? timeZone, IReadOnlyList<CronField> fields)
    {
        Error = error;
        ErrorField = errorField;
        TimeZone = timeZone;
        Fields = fields;
    }

    /// <summary>The parser's error text, or null when the schedule is valid.</summary>
    public string? Error { get; }

    /// <summary>The index (0 to 4) of the field <see cref="Error"/> is about, or null when it is about the whole schedule.</summary>
    public int? ErrorField { get; }

    /// <summary>The zone of a <c>TZ=</c> or <c>CRON_TZ=</c> prefix, or null (the API server rejects the prefix itself).</summary>
    public string? TimeZone { get; }

    /// <summary>The five fields of a valid expression; empty for a descriptor or an invalid schedule.</summary>
    public IReadOnlyList<CronField> Fields { get; }

    /// <summary>
    /// True when <paramref name="spec"/> contains <c>TZ</c> anywhere: the API server rejects it even where the parser
    /// accepts it (a <c>TZ=</c> or <c>CRON_TZ=</c> prefix), since the time zone belongs in <c>timeZone</c>.
    /// </summary>
    public static bool MentionsTimeZone(string spec) => spec.Contains("TZ", StringComparison.Ordinal);

    /// <summary>Parses <paramref name="spec"/>; never throws.</summary>
    public static CronExpression Parse(string spec)
    {
        if (spec.Length == 0)
        {
            return Invalid("empty spec string");
        }

        string? timeZone = null;
        if (spec.StartsWith("TZ=", StringComparison.Ordinal) || spec.StartsWith("CRON_TZ=", StringComparison.Ordinal))
        {
            var space = spec.IndexOf(' ', StringComparison.Ordinal);
            var equals = spec.IndexOf('=', StringComparison.Ordinal);
            timeZone = space < 0 ? spec[(equals + 1)..] : spec[(equals + 1)..space];
            if (TimeZoneNames.LoadError(timeZone) is { } zoneError)
            {
                return Invalid($"provided bad location {timeZone}: {zoneError}");
            }

            spec = space < 0 ? string.Empty : spec[space..].Trim();
        }

        if (spec.StartsWith('@'))
        {
            return ValidateDescriptor(spec) is { } descriptorError
                ? Invalid(descriptorError)
                : new CronExpression(null, null, timeZone, []);
        }

        var texts = spec.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (texts.Length != FieldBounds.Length)
        {
            return Invalid(string.Format(CultureInfo.InvariantCulture, "expected exactly 5 fields, found {0}: [{1}]", texts.Length, string.Join(' ', texts)));
        }

        var fields = new CronField[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var values = new SortedSet<int>();
            foreach (var expression in texts[i].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (ParseRange(expression, FieldBounds[i], values) is { } error)
                {
                    return new CronExpression(error, i, null, []);
                }
            }

            fields[i] = CronField.Of(texts[i], values);
        }

        return new CronExpression(null, null, timeZone, fields);
    }

    private static CronExpression Invalid(string error) => new(error, null, null, []);

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

    /// <summary>Reads one range (<c>a</c>, <c>a-b</c>, <c>*</c>, each with an optional <c>/step</c>) into <paramref name="values"/>; null or the parser's error.</summary>
    private static string? ParseRange(string expression, Bounds bounds, SortedSet<int> values)
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

        var error = start < bounds.Min ? Format("beginning of range ({0}) below minimum ({1}): {2}", start, bounds.Min, expression)
            : end > bounds.Max ? Format("end of range ({0}) above maximum ({1}): {2}", end, bounds.Max, expression)
            : start > end ? Format("beginning of range ({0}) beyond end of range ({1}): {2}", start, end, expression)
            : step == 0 ? "step of range should be a positive number: " + expression
            : null;
        for (var value = start; error is null && value <= end; value += Math.Min(step, bounds.Max + 1))
        {
            values.Add((int)value);
        }

        return error;
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
