using JobSharp.Cluster;

namespace JobSharp.Cli.Commands;

/// <summary>
/// Progress on standard error: one line updated in place on a terminal, plain lines when redirected (a log
/// file or a CI job), where only changes are written.
/// </summary>
internal sealed class ProgressLine(TextWriter error)
{
    private readonly Lock _gate = new();
    private readonly bool _inPlace = StandardStreams.IsConsoleError(error) && !Console.IsErrorRedirected;
    private readonly Dictionary<string, JobProgress> _last = new(StringComparer.Ordinal);
    private int _width;

    public void Report(JobProgress progress)
    {
        lock (_gate)
        {
            _last[progress.Name] = progress;
            if (!_inPlace)
            {
                error.Write(progress + "\n");
                return;
            }

            var line = string.Join("; ", _last.Values.Select(p => p.ToString()));
            error.Write("\r" + line.PadRight(_width));
            _width = line.Length;
        }
    }

    /// <summary>A reason the Job is stuck: a line of its own (kept above the progress line on a terminal).</summary>
    public void Report(StuckReason reason)
    {
        lock (_gate)
        {
            var text = reason + "\n" + string.Concat(reason.LastLines.Select(l => $"    {l}\n"));
            if (!_inPlace)
            {
                error.Write(text);
                return;
            }

            error.Write("\r" + new string(' ', _width) + "\r" + text);
            var line = string.Join("; ", _last.Values.Select(p => p.ToString()));
            error.Write(line);
            _width = line.Length;
        }
    }

    public void End()
    {
        lock (_gate)
        {
            if (_inPlace && _width > 0)
            {
                error.Write("\n");
            }
        }
    }
}
