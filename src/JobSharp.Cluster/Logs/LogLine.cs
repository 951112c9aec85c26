using System.Globalization;

namespace JobSharp.Cluster;

/// <summary>One log line with the timestamp the kubelet put in front of it (<c>timestamps=true</c>).</summary>
internal readonly record struct LogLine(DateTimeOffset? Time, string Text)
{
    public static LogLine Parse(string raw)
    {
        var space = raw.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && DateTimeOffset.TryParse(
                raw.AsSpan(0, space), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return new LogLine(time, raw[(space + 1)..]);
        }

        return new LogLine(null, raw);
    }

    public static async Task<List<string>> ReadLinesAsync(Stream stream, CancellationToken ct)
    {
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
