using JobSharp.Validation;
using k8s.Models;

namespace JobSharp.Tests.Validation;

/// <summary>
/// One rule broken on a valid sample: the issue expected at <paramref name="Path"/>, and any other codes the
/// same break is allowed to raise (some server rules always come in pairs).
/// </summary>
internal sealed record RuleCase(string Name, string Code, string Path, ValidationIssueKind Kind, Action<V1Job>? Break = null, Action<V1CronJob>? BreakCron = null, Action<V1ConfigMap>? BreakConfigMap = null)
{
    public string[] AlsoCodes { get; init; } = [];

    public string? Message { get; init; }

    /// <summary>The case needs the machine's IANA time zone database; without one it is skipped, visibly.</summary>
    public bool NeedsTimeZoneDatabase { get; init; }

    public override string ToString() => Name;
}
