using System.Globalization;
using JobSharp.Internal;
using JobSharp.KubernetesRules;

namespace JobSharp;

/// <summary>
/// A CronJob schedule (<c>spec.schedule</c>): a five-field cron expression (minute, hour, day of month, month,
/// day of week) or a descriptor such as <c>@daily</c>, checked with the rules of the parser Kubernetes uses. The
/// time zone is not part of the schedule: set it with <see cref="CronJob.WithTimeZone"/>.
/// </summary>
/// <example><code>
/// CronSchedule.Daily(new TimeOnly(3, 0))          // "0 3 * * *"
/// CronSchedule.Weekly(DayOfWeek.Sunday, new TimeOnly(4, 30))
/// CronSchedule.Parse("*/15 8-18 * * mon-fri")
/// </code></example>
public sealed record CronSchedule
{
    private CronSchedule(string expression) => Expression = expression;

    /// <summary>The schedule as written, such as <c>0 3 * * *</c>.</summary>
    public string Expression { get; }

    /// <summary>Every hour, at minute 0 (<c>@hourly</c>).</summary>
    public static CronSchedule Hourly { get; } = new("@hourly");

    /// <summary>Parses a cron expression or descriptor.</summary>
    /// <param name="expression">Five fields (<c>0 3 * * *</c>) or <c>@yearly</c>, <c>@annually</c>, <c>@monthly</c>,
    /// <c>@weekly</c>, <c>@daily</c>, <c>@midnight</c>, <c>@hourly</c>, <c>@every 1h30m</c>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    /// <exception cref="ArgumentException">The expression is malformed, out of range, or contains a TZ prefix.</exception>
    public static CronSchedule Parse(string expression)
    {
        Guard.NotNull(expression);
        var problem = Problem(expression);
        return problem is null ? new(expression) : throw Guard.Invalid($"'{expression}' is not a valid schedule: {problem}.", nameof(expression));
    }

    /// <summary>Every day at <paramref name="at"/> (minute precision).</summary>
    /// <param name="at">The time of day, in the CronJob's time zone.</param>
    /// <returns>The schedule, such as <c>30 2 * * *</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> has seconds.</exception>
    public static CronSchedule Daily(TimeOnly at) => new($"{Time(at)} * * *");

    /// <summary>Every week on <paramref name="day"/> at <paramref name="at"/>.</summary>
    /// <param name="day">The day of the week.</param>
    /// <param name="at">The time of day.</param>
    /// <returns>The schedule, such as <c>0 4 * * 0</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> has seconds, or <paramref name="day"/> is undefined.</exception>
    public static CronSchedule Weekly(DayOfWeek day, TimeOnly at) =>
        new($"{Time(at)} * * {((int)Guard.Defined(day)).ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Every month on day <paramref name="dayOfMonth"/> at <paramref name="at"/>; months without that day are skipped.</summary>
    /// <param name="dayOfMonth">1 to 31.</param>
    /// <param name="at">The time of day.</param>
    /// <returns>The schedule, such as <c>0 1 1 * *</c>.</returns>
    /// <exception cref="ArgumentException">The day is out of range, or <paramref name="at"/> has seconds.</exception>
    public static CronSchedule Monthly(int dayOfMonth, TimeOnly at) =>
        new($"{Time(at)} {Guard.InRange(dayOfMonth, 1, 31).ToString(CultureInfo.InvariantCulture)} * *");

    /// <summary>Every <paramref name="minutes"/> minutes, from minute 0 of each hour (<c>*/15 * * * *</c>).</summary>
    /// <param name="minutes">1 to 59.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is out of range.</exception>
    public static CronSchedule EveryMinutes(int minutes) =>
        new($"*/{Guard.InRange(minutes, 1, 59).ToString(CultureInfo.InvariantCulture)} * * * *");

    /// <summary>Parses a cron expression or descriptor; see <see cref="Parse"/>.</summary>
    /// <param name="expression">The expression.</param>
    /// <exception cref="ArgumentException">The expression is not a valid schedule.</exception>
    public static implicit operator CronSchedule(string expression) => Parse(expression);

    /// <inheritdoc />
    public override string ToString() => Expression;

    private static string Time(TimeOnly at) =>
        at.Second != 0 || at.Millisecond != 0 || at.Microsecond != 0
            ? throw Guard.Invalid("Cron schedules have minute precision; the time has seconds.", nameof(at))
            : string.Create(CultureInfo.InvariantCulture, $"{at.Minute} {at.Hour}");

    /// <summary>What is wrong with <paramref name="expression"/>, or null when it is a valid schedule.</summary>
    private static string? Problem(string expression)
    {
        if (CronExpression.MentionsTimeZone(expression))
        {
            return "use the CronJob's time zone instead of TZ or CRON_TZ";
        }

        var parsed = CronExpression.Parse(expression);
        return parsed.ErrorField is { } field
            ? $"field {field + 1} ('{expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[field]}'): {parsed.Error}"
            : parsed.Error;
    }
}
