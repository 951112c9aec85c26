using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// Which nodes the pod may or should run on (<c>affinity.nodeAffinity</c>). Each <see cref="AddRequiredTerm"/> call adds an
/// alternative (terms are ORed; the requirements of one term are ANDed); <see cref="AddPreferredTerm"/> adds a weighted
/// preference. Immutable: every call returns a new value.
/// </summary>
/// <example><code>
/// job.WithNodeAffinity(NodeAffinity.Empty
///     .AddRequiredTerm(NodeRequirement.In("kubernetes.io/arch", "amd64"))
///     .AddPreferredTerm(50, NodeRequirement.In("node.kubernetes.io/instance-type", "m6i.large")))
/// </code></example>
public sealed class NodeAffinity
{
    private readonly ImmutableList<ImmutableList<NodeRequirement>> _required;
    private readonly ImmutableList<(int Weight, ImmutableList<NodeRequirement> Term)> _preferred;

    private NodeAffinity(ImmutableList<ImmutableList<NodeRequirement>> required, ImmutableList<(int, ImmutableList<NodeRequirement>)> preferred)
    {
        _required = required;
        _preferred = preferred;
    }

    /// <summary>No constraints; the start of every node affinity.</summary>
    public static NodeAffinity Empty { get; } = new([], []);

    /// <summary>Adds a required term: the pod runs only on nodes meeting every requirement of at least one term.</summary>
    /// <param name="requirements">The requirements of this term; at least one.</param>
    /// <returns>A new node affinity.</returns>
    /// <exception cref="ArgumentException">There are no requirements, or one is null.</exception>
    public NodeAffinity AddRequiredTerm(params IEnumerable<NodeRequirement> requirements) =>
        new(_required.Add(Term(requirements)), _preferred);

    /// <summary>Adds a preference: the scheduler favours nodes meeting every requirement, by <paramref name="weight"/>.</summary>
    /// <param name="weight">1 to 100.</param>
    /// <param name="requirements">The requirements; at least one.</param>
    /// <returns>A new node affinity.</returns>
    /// <exception cref="ArgumentException">The weight is out of range, there are no requirements, or one is null.</exception>
    public NodeAffinity AddPreferredTerm(int weight, params IEnumerable<NodeRequirement> requirements) =>
        new(_required, _preferred.Add((Guard.InRange(weight, 1, 100), Term(requirements))));

    /// <summary>Builds the model's <see cref="V1NodeAffinity"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1NodeAffinity"/>.</returns>
    public V1NodeAffinity ToModel() => new()
    {
        RequiredDuringSchedulingIgnoredDuringExecution = _required.IsEmpty
            ? null
            : new V1NodeSelector { NodeSelectorTerms = [.. _required.Select(t => new V1NodeSelectorTerm { MatchExpressions = [.. t.Select(r => r.ToModel())] })] },
        PreferredDuringSchedulingIgnoredDuringExecution = _preferred.IsEmpty
            ? null
            : [.. _preferred.Select(p => new V1PreferredSchedulingTerm { Preference = new V1NodeSelectorTerm { MatchExpressions = [.. p.Term.Select(r => r.ToModel())] }, Weight = p.Weight })],
    };

    private static ImmutableList<NodeRequirement> Term(IEnumerable<NodeRequirement> requirements) =>
        Guard.Items(requirements, nonEmpty: true);
}
