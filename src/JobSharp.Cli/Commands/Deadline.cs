using System.Globalization;

namespace JobSharp.Cli.Commands;

/// <summary>
/// The <c>--timeout</c> of a whole run: a token that ends when it has passed (or the user cancels), and what is left
/// of it for the next step. Without a limit the token ends only on cancellation.
/// </summary>
internal sealed class Deadline : IDisposable
{
    private readonly TimeSpan? _limit;
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly CancellationToken _cancellation;
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;

    public Deadline(TimeSpan? limit, TimeProvider time, CancellationToken cancellationToken)
    {
        _limit = limit;
        _time = time;
        _start = time.GetTimestamp();
        _cancellation = cancellationToken;
        _timer = limit is { } l ? new CancellationTokenSource(l, time) : new CancellationTokenSource();
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
    }

    /// <summary>Ends when the limit has passed or the user cancels.</summary>
    public CancellationToken Token => _linked.Token;

    /// <summary>The limit has passed, and the user did not cancel (that stays a cancellation).</summary>
    public bool IsPassed => _timer.IsCancellationRequested && !_cancellation.IsCancellationRequested;

    /// <summary>What is left of the limit, never negative; null without one.</summary>
    public TimeSpan? Left => _limit is { } limit ? TimeSpan.FromTicks(Math.Max(0, (limit - _time.GetElapsedTime(_start)).Ticks)) : null;

    /// <summary>The limit in seconds, as messages write it (<c>5</c>, <c>0.25</c>).</summary>
    public string Seconds => (_limit ?? TimeSpan.Zero).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
