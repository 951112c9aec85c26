namespace JobSharp.Cluster;

/// <summary>One Job and its pods, as <c>kubectl get jobs</c> and <c>kubectl get pods</c> show them.</summary>
/// <param name="Name">The Job's name.</param>
/// <param name="Status">
/// <c>Complete</c>, <c>Failed</c>, <c>Running</c>, <c>Suspended</c>, or the transitional <c>SuccessCriteriaMet</c> /
/// <c>FailureTarget</c>.
/// </param>
/// <param name="Reason">The reason of the terminal condition, when there is one.</param>
/// <param name="Completions">Succeeded pods over the completions wanted, such as <c>1/3</c>.</param>
/// <param name="Progress">The pod counts.</param>
/// <param name="Started">When the Job started, when it has.</param>
/// <param name="Finished">When the Job finished, when it has.</param>
/// <param name="Created">When the Job was created, when known.</param>
/// <param name="Pods">The Job's pods, oldest first.</param>
public sealed record JobStatusRow(
    string Name,
    string Status,
    string? Reason,
    string Completions,
    JobProgress Progress,
    DateTimeOffset? Started,
    DateTimeOffset? Finished,
    DateTimeOffset? Created,
    IReadOnlyList<PodStatusRow> Pods)
{
    /// <summary>Why the Job controller cannot create pods (a <c>FailedCreate</c> event: quota, admission); null when it can.</summary>
    public StuckReason? Stuck { get; init; }
}
