using k8s;
using k8s.Models;

namespace JobSharp.Cluster;

/// <summary>The outcome of applying one object.</summary>
/// <param name="Kind">The object's kind: <c>Job</c> or <c>CronJob</c>.</param>
/// <param name="Name">The object's name.</param>
/// <param name="Namespace">The namespace it was applied to.</param>
/// <param name="Action">What the apply did.</param>
/// <param name="DryRun">Whether this was a server-side dry run (nothing was changed).</param>
/// <param name="Live">The object as the server returned it.</param>
public sealed record ApplyResult(
    string Kind, string Name, string Namespace, ApplyAction Action, bool DryRun, IKubernetesObject<V1ObjectMeta> Live)
{
    /// <summary>The kubectl-style line, such as <c>job.batch/hello created (server dry run)</c>.</summary>
    /// <returns>One line.</returns>
    public override string ToString() =>
        $"{ObjectApi.Resource(Kind, Name)} {Action.ToString().ToLowerInvariant()}{(DryRun ? " (server dry run)" : string.Empty)}";
}
