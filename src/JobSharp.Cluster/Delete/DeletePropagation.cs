namespace JobSharp.Cluster;

/// <summary>What happens to a Job's pods when it is deleted (the API's <c>propagationPolicy</c>).</summary>
public enum DeletePropagation
{
    /// <summary>The Job goes at once; the garbage collector then deletes its pods.</summary>
    Background,

    /// <summary>The Job stays (with a deletion timestamp) until its pods are gone.</summary>
    Foreground,

    /// <summary>The pods are left running without an owner: the API's default for Jobs, rarely what is meant.</summary>
    Orphan,
}
