using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// A health check the kubelet runs against a container: a command, an HTTP GET or a TCP connection. In a Job it
/// matters most for sidecars: a startup probe on a sidecar holds back the main containers until it passes.
/// Immutable: every method returns a new probe.
/// </summary>
/// <example><code>
/// job.AddSidecar("db-proxy", "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.0", c => c
///     .WithStartupProbe(Probe.HttpGet("/startup", 9090).WithPeriod(TimeSpan.FromSeconds(1)).WithFailureThreshold(30)))
/// </code></example>
public sealed class Probe
{
    private readonly State _state;

    private Probe(State state) => _state = state;

    /// <summary>Runs a command in the container; exit code 0 is healthy.</summary>
    /// <param name="command">The executable and its arguments; at least one item.</param>
    /// <returns>The probe.</returns>
    /// <exception cref="ArgumentException">The command is null, empty, or has a null item.</exception>
    public static Probe Exec(params IEnumerable<string> command) => new(new State { Command = Guard.Items(command, nonEmpty: true) });

    /// <summary>An HTTP GET on the pod's IP; a status from 200 to 399 is healthy.</summary>
    /// <param name="path">The path, such as <c>/healthz</c>.</param>
    /// <param name="port">The port, 1 to 65535.</param>
    /// <returns>The probe.</returns>
    /// <exception cref="ArgumentException">The path is null or empty, or the port is out of range.</exception>
    public static Probe HttpGet(string path, int port) =>
        new(new State { Path = Guard.NotEmpty(path), Port = Guard.InRange(port, 1, 65535) });

    /// <summary>Opens a TCP connection to <paramref name="port"/>; a connection is healthy.</summary>
    /// <param name="port">The port, 1 to 65535.</param>
    /// <returns>The probe.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The port is out of range.</exception>
    public static Probe TcpSocket(int port) => new(new State { Port = Guard.InRange(port, 1, 65535) });

    /// <summary>Waits this long after the container starts before the first check (<c>initialDelaySeconds</c>).</summary>
    /// <param name="delay">Whole seconds, 0 or more.</param>
    /// <returns>A new probe.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delay"/> is negative, fractional or too large.</exception>
    public Probe WithInitialDelay(TimeSpan delay) => new(_state with { InitialDelaySeconds = Guard.WholeSecondsInt32(delay) });

    /// <summary>How often to check (<c>periodSeconds</c>; the server's default is 10 seconds).</summary>
    /// <param name="period">Whole seconds, at least 1.</param>
    /// <returns>A new probe.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is under a second, fractional or too large.</exception>
    public Probe WithPeriod(TimeSpan period) =>
        new(_state with { PeriodSeconds = Guard.InRange(Guard.WholeSecondsInt32(period), 1, int.MaxValue, nameof(period)) });

    /// <summary>How long one check may take (<c>timeoutSeconds</c>; the server's default is 1 second).</summary>
    /// <param name="timeout">Whole seconds, at least 1.</param>
    /// <returns>A new probe.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is under a second, fractional or too large.</exception>
    public Probe WithTimeout(TimeSpan timeout) =>
        new(_state with { TimeoutSeconds = Guard.InRange(Guard.WholeSecondsInt32(timeout), 1, int.MaxValue, nameof(timeout)) });

    /// <summary>How many failed checks in a row count as a failure (<c>failureThreshold</c>; the server's default is 3).</summary>
    /// <param name="threshold">1 or more.</param>
    /// <returns>A new probe.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is less than 1.</exception>
    public Probe WithFailureThreshold(int threshold) => new(_state with { FailureThreshold = Guard.InRange(threshold, 1, int.MaxValue) });

    /// <summary>Builds the model's <see cref="V1Probe"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1Probe"/>.</returns>
    public V1Probe ToModel() => new()
    {
        Exec = _state.Command.IsEmpty ? null : new V1ExecAction { Command = [.. _state.Command] },
        HttpGet = _state.Path is null ? null : new V1HTTPGetAction { Path = _state.Path, Port = _state.Port },
        TcpSocket = _state.Path is null && _state.Command.IsEmpty ? new V1TCPSocketAction { Port = _state.Port } : null,
        InitialDelaySeconds = _state.InitialDelaySeconds,
        TimeoutSeconds = _state.TimeoutSeconds,
        PeriodSeconds = _state.PeriodSeconds,
        FailureThreshold = _state.FailureThreshold,
    };

    private sealed record State
    {
        public ImmutableList<string> Command { get; init; } = [];

        public string? Path { get; init; }

        public int Port { get; init; }

        public int? InitialDelaySeconds { get; init; }

        public int? TimeoutSeconds { get; init; }

        public int? PeriodSeconds { get; init; }

        public int? FailureThreshold { get; init; }
    }
}
