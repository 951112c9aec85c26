using System.Reflection;
using System.Runtime.InteropServices;

namespace JobSharp.Cluster;

/// <summary>
/// Names JobSharp in every request's <c>User-Agent</c>, as kubectl names itself (<c>kubectl/v1.32.4 (linux/amd64)</c>),
/// so the API server's audit log says which tool made a change: <c>jobsharp/0.1.0 (linux/amd64)</c>.
/// KubernetesClient would otherwise send its own name.
/// </summary>
internal sealed class UserAgentHandler : DelegatingHandler
{
    /// <summary>The value sent: the product, its version without build metadata, and the platform.</summary>
    public static string Value { get; } = Create();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.UserAgent.Clear();
        request.Headers.TryAddWithoutValidation("User-Agent", Value);
        return base.SendAsync(request, cancellationToken);
    }

    private static string Create()
    {
        var assembly = typeof(UserAgentHandler).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        var platform = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : "unknown";
        var architecture = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "amd64",
            Architecture.Arm64 => "arm64",
            var other => other.ToString().ToLowerInvariant(),
        };
        return $"jobsharp/{(plus < 0 ? version : version[..plus])} ({platform}/{architecture})";
    }
}
