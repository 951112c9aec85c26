using JobSharp.Cli.Input;
using JobSharp.Cluster;

namespace JobSharp.Cli.Output;

/// <summary>How the tool reports a problem talking to the cluster: one line with the stable code, no stack trace.</summary>
internal static class ClusterDiagnostic
{
    /// <summary>The diagnostic line: <c>error CODE: message</c>.</summary>
    public static string Of(ClusterException exception) => $"error {exception.Code}: {exception.Message}";

    /// <summary>Writes a cluster problem of one object: <c>ORIGIN: error CODE: message</c>.</summary>
    public static void Report(TextWriter error, ManifestEntry entry, ClusterException exception) =>
        error.Write($"{entry.Origin}: {Of(exception)}\n");
}
