using System.Collections.Immutable;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

/// <summary>
/// One rule of a pod failure policy (<c>spec.podFailurePolicy.rules[]</c>): when a failed pod matches exit codes or
/// pod conditions, take an action. Rules are checked in order; the first match wins. Usually written through
/// <see cref="RetryPolicy"/>'s shortcuts (<c>FailJobOnExitCodes</c>, <c>IgnoreDisruptions</c>).
/// </summary>
/// <example><code>
/// PodFailureRule.OnExitCodes(PodFailureAction.FailJob, [42], containerName: "main")
/// PodFailureRule.OnPodCondition(PodFailureAction.Ignore, "DisruptionTarget")
/// </code></example>
public sealed class PodFailureRule
{
    private readonly ImmutableList<int> _exitCodes;
    private readonly ImmutableList<(string Type, PodConditionStatus Status)> _conditions;

    private PodFailureRule(PodFailureAction action, string? containerName, string? @operator, ImmutableList<int> codes, ImmutableList<(string, PodConditionStatus)> conditions)
    {
        Action = action;
        ContainerName = containerName;
        Operator = @operator;
        _exitCodes = codes;
        _conditions = conditions;
    }

    /// <summary>What the rule does when it matches.</summary>
    public PodFailureAction Action { get; }

    /// <summary>The container whose exit code is checked, or null for every container.</summary>
    public string? ContainerName { get; }

    /// <summary><c>In</c> or <c>NotIn</c> for an exit-code rule; null for a condition rule.</summary>
    public string? Operator { get; }

    /// <summary>The exit codes, ascending and without duplicates; empty for a condition rule.</summary>
    public IReadOnlyList<int> ExitCodes => _exitCodes;

    /// <summary>Matches a pod whose container (or any container) exited with one of <paramref name="exitCodes"/>.</summary>
    /// <param name="action">What to do.</param>
    /// <param name="exitCodes">The exit codes; at least one, none 0. Sorted and de-duplicated as the API requires.</param>
    /// <param name="containerName">Restricts the check to one container; every container when null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No exit codes, a 0 exit code, an empty container name, or an undefined action.</exception>
    public static PodFailureRule OnExitCodes(PodFailureAction action, IEnumerable<int> exitCodes, string? containerName = null)
    {
        var codes = Codes(exitCodes);
        return codes.Contains(0)
            ? throw Guard.Invalid("Exit code 0 is success; it cannot be matched with In.", nameof(exitCodes))
            : new(Defined(action), Container(containerName), "In", codes, []);
    }

    /// <summary>Matches a pod whose container exited with a non-zero code that is not one of <paramref name="exitCodes"/>.</summary>
    /// <param name="action">What to do.</param>
    /// <param name="exitCodes">The codes that do not match; at least one (0 may be among them).</param>
    /// <param name="containerName">Restricts the check to one container; every container when null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No exit codes, an empty container name, or an undefined action.</exception>
    public static PodFailureRule OnExitCodesOtherThan(PodFailureAction action, IEnumerable<int> exitCodes, string? containerName = null) =>
        new(Defined(action), Container(containerName), "NotIn", Codes(exitCodes), []);

    /// <summary>Matches a failed pod that has the condition <paramref name="conditionType"/>, such as <c>DisruptionTarget</c>.</summary>
    /// <param name="action">What to do.</param>
    /// <param name="conditionType">The pod condition type.</param>
    /// <param name="status">The status the condition must have.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The type is null or empty, or an enum value is undefined.</exception>
    public static PodFailureRule OnPodCondition(PodFailureAction action, string conditionType, PodConditionStatus status = PodConditionStatus.True) =>
        new(Defined(action), null, null, [], [(Guard.NotEmpty(conditionType), DefinedStatus(status))]);

    /// <summary>Also matches pods with the condition <paramref name="conditionType"/> (patterns are ORed).</summary>
    /// <param name="conditionType">The pod condition type.</param>
    /// <param name="status">The status the condition must have.</param>
    /// <returns>A new rule.</returns>
    /// <exception cref="ArgumentException">The type is null or empty, or the status is undefined.</exception>
    /// <exception cref="InvalidOperationException">This is an exit-code rule; a rule checks exit codes or conditions, not both.</exception>
    public PodFailureRule OrOnPodCondition(string conditionType, PodConditionStatus status = PodConditionStatus.True) =>
        Operator is not null
            ? throw new InvalidOperationException("A rule checks exit codes or pod conditions, not both.")
            : new(Action, null, null, [], _conditions.Add((Guard.NotEmpty(conditionType), DefinedStatus(status))));

    /// <summary>Builds the model's <see cref="V1PodFailurePolicyRule"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1PodFailurePolicyRule"/>.</returns>
    public V1PodFailurePolicyRule ToModel() => new()
    {
        Action = Action.ToString(),
        OnExitCodes = Operator is null
            ? null
            : new V1PodFailurePolicyOnExitCodesRequirement { ContainerName = ContainerName, OperatorProperty = Operator, Values = [.. _exitCodes] },
        OnPodConditions = _conditions.IsEmpty
            ? null
            : [.. _conditions.Select(c => new V1PodFailurePolicyOnPodConditionsPattern { Type = c.Type, Status = c.Status.ToString() })],
    };

    private static ImmutableList<int> Codes(IEnumerable<int> exitCodes)
    {
        var codes = Guard.NotNull(exitCodes).Distinct().Order().ToImmutableList();
        return codes.IsEmpty || codes.Count > 255
            ? throw Guard.Invalid("A rule needs 1 to 255 exit codes.", nameof(exitCodes))
            : codes;
    }

    private static string? Container(string? name) =>
        name is { Length: 0 } ? throw Guard.Invalid("The container name must not be empty; pass null for every container.", nameof(name)) : name;

    private static PodFailureAction Defined(PodFailureAction action) =>
        Guard.Defined(action);

    private static PodConditionStatus DefinedStatus(PodConditionStatus status) =>
        Guard.Defined(status);
}
