namespace JobSharp.Cluster;

/// <summary>What an apply did (or, in a dry run, would do).</summary>
public enum ApplyAction
{
    /// <summary>The object did not exist and was created.</summary>
    Created,

    /// <summary>The object existed and was changed.</summary>
    Configured,

    /// <summary>The object existed and the apply changed nothing.</summary>
    Unchanged,

    /// <summary>An immutable field changed: the old object and its pods were deleted and the object created again.</summary>
    Recreated,
}
