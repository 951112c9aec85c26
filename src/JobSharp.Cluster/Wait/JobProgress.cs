namespace JobSharp.Cluster;

/// <summary>A Job's pod counts while waiting.</summary>
/// <param name="Name">The Job's name.</param>
/// <param name="Active">Pods running or pending.</param>
/// <param name="Succeeded">Pods that succeeded.</param>
/// <param name="Failed">Pods that failed.</param>
public sealed record JobProgress(string Name, int Active, int Succeeded, int Failed)
{
    /// <summary>One line, such as <c>job/hello: 1 active, 0 succeeded, 2 failed</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"job/{Name}: {Active} active, {Succeeded} succeeded, {Failed} failed";
}
