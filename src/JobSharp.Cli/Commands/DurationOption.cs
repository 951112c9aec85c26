using System.CommandLine;

namespace JobSharp.Cli.Commands;

/// <summary>Options that take a duration (<c>90s</c>, <c>5m</c>, <c>1h30m</c>): <c>--timeout</c>, <c>--fail-after-stuck</c>.</summary>
internal static class DurationOption
{
    /// <summary>An option whose value must be a duration; anything else is a usage error naming it.</summary>
    public static Option<string?> Create(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } t && !DurationParser.TryParse(t, out _))
            {
                result.AddError($"{name}: \"{t}\" is not a duration (try 90s, 5m or 1h30m).");
            }
        });
        return option;
    }

    /// <summary><c>--fail-after-stuck</c>, shared by the verbs that wait for a Job.</summary>
    public static Option<string?> FailAfterStuck() => Create(
        "--fail-after-stuck",
        "End the wait with exit 1 when a pod has been stuck this long (an image that cannot be pulled, an unschedulable pod, a missing ConfigMap or Secret); off by default.");

    /// <summary>The option's duration; null when it was not given.</summary>
    public static TimeSpan? Value(ParseResult parseResult, Option<string?> option) =>
        parseResult.GetValue(option) is { } text && DurationParser.TryParse(text, out var value) ? value : null;
}
