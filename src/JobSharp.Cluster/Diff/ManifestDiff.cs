namespace JobSharp.Cluster;

/// <summary>What applying an object would change, from a server-side dry run.</summary>
/// <param name="Kind">The object's kind.</param>
/// <param name="Name">The object's name.</param>
/// <param name="Namespace">The namespace.</param>
/// <param name="Exists">Whether the object exists on the cluster.</param>
/// <param name="Text">A unified diff of the live and the applied YAML; empty when nothing would change.</param>
/// <param name="ImmutableChanges">
/// Changed fields the server does not allow to change (an apply would need <c>--recreate</c>); empty otherwise.
/// </param>
public sealed record ManifestDiff(string Kind, string Name, string Namespace, bool Exists, string Text, IReadOnlyList<string> ImmutableChanges)
{
    /// <summary>
    /// Fields other field managers own that the apply would change, each with its owner: an apply without
    /// <c>ForceConflicts</c> would fail on them (<see cref="Text"/> shows the change as if they were taken over).
    /// Empty when there are none, or when the diff was asked with conflicts forced.
    /// </summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];

    /// <summary>Whether an apply would change anything.</summary>
    public bool HasChanges => Text.Length > 0;
}
