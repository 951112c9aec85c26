namespace JobSharp.Linting;

/// <summary>
/// The lint catalogue: every rule with its stable id, default severity, one-line summary, rationale and fix.
/// docs/lint.md documents the same rules with examples.
/// </summary>
public static partial class LintRules
{
    private static IReadOnlyList<LintRule>? _all;

    /// <summary>Every rule, ordered by id.</summary>
    // Built on first use: the rules are initialised in other files of this partial class, in no fixed order.
    public static IReadOnlyList<LintRule> All => _all ??=
    [
        JobWithoutTtl, NoActiveDeadline, DefaultBackoffLimit, MutableImageTag, MissingResources, LiteralCredential,
        MigrationRunsConcurrently, MigrationRestartNever, ParallelismAboveCompletions, PrivilegedContainer,
        PrivilegeEscalationAllowed, PrivilegeEscalationNotDisabled, RunsAsRoot, HostPathVolume, HostNamespace,
        CronJobConcurrencyAllow, CronJobNoStartingDeadline, MissingConfigKey, FieldUnavailableInTarget,
        FieldBetaInTarget, SuppressionWithoutReason, SuppressionOfUnknownRule,
    ];

    /// <summary>Finds a rule by its id, such as <c>JS4001</c> (case-insensitive).</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The rule, or null when no rule has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static LintRule? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
    }
}
