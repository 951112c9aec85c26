namespace JobSharp.Cluster;

/// <summary>How <c>JobCluster.ApplyAsync</c> applies an object.</summary>
public sealed record ApplyOptions
{
    /// <summary>The field manager that owns the applied fields; <c>jobsharp</c> by default.</summary>
    public string FieldManager { get; init; } = "jobsharp";

    /// <summary>Take over fields owned by other field managers instead of failing with a conflict.</summary>
    public bool ForceConflicts { get; init; }

    /// <summary>Ask the server what would happen (<c>dryRun=All</c>) without changing anything.</summary>
    public bool DryRun { get; init; }

    /// <summary>When an immutable field changed: delete the old object with its pods, wait until gone, apply again.</summary>
    public bool Recreate { get; init; }

    /// <summary>How long a recreate waits for the old object and its pods to disappear.</summary>
    public TimeSpan DeletionTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
