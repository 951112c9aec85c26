using System.Globalization;
using JobSharp.Cluster;

namespace JobSharp.Cli.Output;

/// <summary>Writes <see cref="JobStatusRow"/>s as kubectl-like tables: the Jobs, then each Job's pods.</summary>
internal static class StatusTable
{
    private static readonly string[] JobHeader = ["NAME", "STATUS", "COMPLETIONS", "ACTIVE", "FAILED", "DURATION", "AGE"];
    private static readonly string[] PodHeader = ["POD", "JOB", "INDEX", "READY", "STATUS", "RESTARTS", "AGE"];

    /// <summary>Writes the tables.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="rows">The Jobs.</param>
    /// <param name="now">The current time, for the ages.</param>
    public static void Write(TextWriter writer, IReadOnlyList<JobStatusRow> rows, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        var jobs = new List<string[]> { JobHeader };
        jobs.AddRange(rows.Select(r => new[]
        {
            r.Name,
            r.Reason is null ? r.Status : $"{r.Status} ({r.Reason})",
            r.Completions,
            Number(r.Progress.Active),
            Number(r.Progress.Failed),
            r.Started is { } s ? Age((r.Finished ?? now) - s) : "-",
            r.Created is { } c ? Age(now - c) : "-",
        }));
        WriteColumns(writer, jobs);

        var pods = new List<string[]> { PodHeader };
        pods.AddRange(rows.SelectMany(r => r.Pods.Select(p => new[]
        {
            p.Name, r.Name, p.CompletionIndex ?? "-", p.Ready, p.Status, Number(p.Restarts), p.Created is { } c ? Age(now - c) : "-",
        })));
        if (pods.Count > 1)
        {
            writer.Write("\n");
            WriteColumns(writer, pods);
        }

        // Why a Job does not progress, in the cluster's own words, under the tables (kubectl shows it only in describe).
        var stuck = rows.SelectMany(r => r.Pods.Select(p => p.Stuck).Prepend(r.Stuck)).OfType<StuckReason>().ToList();
        if (stuck.Count > 0)
        {
            writer.Write("\n");
            foreach (var reason in stuck)
            {
                writer.Write(reason + "\n");
            }
        }
    }

    /// <summary>A duration the way kubectl prints ages: <c>45s</c>, <c>3m12s</c>, <c>5h4m</c>, <c>2d3h</c>.</summary>
    /// <param name="span">The duration; negative counts as zero.</param>
    /// <returns>The short text.</returns>
    public static string Age(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        var i = CultureInfo.InvariantCulture;
        return span.TotalMinutes < 1 ? string.Create(i, $"{(int)span.TotalSeconds}s")
            : span.TotalMinutes < 10 ? string.Create(i, $"{(int)span.TotalMinutes}m{span.Seconds}s")
            : span.TotalHours < 1 ? string.Create(i, $"{(int)span.TotalMinutes}m")
            : span.TotalDays < 1 ? string.Create(i, $"{(int)span.TotalHours}h{span.Minutes}m")
            : string.Create(i, $"{(int)span.TotalDays}d{span.Hours}h");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteColumns(TextWriter writer, List<string[]> table)
    {
        var widths = Enumerable.Range(0, table[0].Length).Select(c => table.Max(r => r[c].Length)).ToArray();
        foreach (var row in table)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c] + 3));
            writer.Write(string.Concat(cells).TrimEnd() + "\n");
        }
    }
}
