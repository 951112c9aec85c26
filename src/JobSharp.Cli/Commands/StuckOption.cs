using System.CommandLine;

namespace JobSharp.Cli.Commands;

/// <summary><c>--fail-after-stuck DURATION</c>, shared by the verbs that wait for a Job.</summary>
internal static class StuckOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--fail-after-stuck")
        {
            Description = "End the wait with exit 1 when a pod has been stuck this long (an image that cannot be pulled, an unschedulable pod, a missing ConfigMap or Secret); off by default.",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } t && !DurationParser.TryParse(t, out _))
            {
                result.AddError($"--fail-after-stuck: \"{t}\" is not a duration (try 90s, 5m or 1h30m).");
            }
        });
        return option;
    }

    public static TimeSpan? Value(ParseResult parseResult, Option<string?> option) =>
        parseResult.GetValue(option) is { } text && DurationParser.TryParse(text, out var limit) ? limit : null;
}
