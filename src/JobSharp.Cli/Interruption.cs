using System.Runtime.InteropServices;

namespace JobSharp.Cli;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into cancellation of the running verb, so that it stops between two steps (a
/// written file is whole, a request is abandoned) and the run ends with one line, <c>cancelled</c>, and exit code
/// <see cref="ExitCodes.Cancelled"/>. A verb that has not stopped within <see cref="Grace"/> is ended with the same
/// line and code; a second signal ends the process at once.
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long a verb may take to stop after the first signal.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _source;
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration[] _registrations;
    private int _finished;
    private volatile bool _signalled;

    public Interruption(TextWriter error, CancellationToken cancellationToken)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _error = error;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancelled by a signal or by the caller's token.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>True once a signal arrived (not when only the caller's token was cancelled).</summary>
    public bool Signalled => _signalled;

    /// <summary>Marks the run as ended; false when the grace period ran out first and the process is ending.</summary>
    public bool Complete() => Interlocked.Exchange(ref _finished, 1) == 0;

    public void Dispose()
    {
        Complete();
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_signalled)
        {
            return;
        }

        context.Cancel = true;
        _signalled = true;
        _source.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ => ForceEnd(), TaskScheduler.Default);
    }

    private void ForceEnd()
    {
        if (!Complete())
        {
            return;
        }

        _error.Write("cancelled\n");
        _error.Flush();
        Environment.Exit(ExitCodes.Cancelled);
    }
}
