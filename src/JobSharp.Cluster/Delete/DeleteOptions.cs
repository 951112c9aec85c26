namespace JobSharp.Cluster;

/// <summary>How <see cref="JobCluster.DeleteAsync(string, string, DeleteOptions?, string?, CancellationToken)"/> deletes.</summary>
public sealed record DeleteOptions
{
    /// <summary>What happens to a Job's pods; <see cref="DeletePropagation.Background"/> by default.</summary>
    public DeletePropagation Propagation { get; init; } = DeletePropagation.Background;

    /// <summary>
    /// Wait until the object is gone from the API server (true by default, as kubectl does), so that an apply right
    /// after the delete creates a new object instead of patching one that is terminating. With
    /// <see cref="DeletePropagation.Foreground"/> that is after the Job's pods are gone.
    /// </summary>
    public bool Wait { get; init; } = true;

    /// <summary>How long <see cref="Wait"/> waits before failing with <see cref="ClusterErrorCodes.DeletionTimedOut"/>; no limit when null.</summary>
    public TimeSpan? Timeout { get; init; }
}
