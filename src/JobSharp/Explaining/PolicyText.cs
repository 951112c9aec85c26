using System.Globalization;
using JobSharp.Internal;
using k8s.Models;

namespace JobSharp.Explaining;

/// <summary>
/// Pod failure policy and success policy rules in words (the Job controller's semantics:
/// <c>pkg/controller/job/pod_failure_policy.go</c> and <c>success_policy.go</c> in kubernetes/kubernetes).
/// </summary>
internal static class PolicyText
{
    public static List<string> PodFailureRules(V1PodFailurePolicy? policy) =>
        [.. (policy?.Rules ?? []).Select(r => $"If {Condition(r)}, {Action(r.Action)}.")];

    public static List<string> SuccessRules(V1SuccessPolicy? policy) =>
        [.. (policy?.Rules ?? []).Select(Success)];

    private static string Condition(V1PodFailurePolicyRule rule)
    {
        if (rule.OnExitCodes is { } codes)
        {
            var who = codes.ContainerName is { } name ? $"container \"{name}\"" : "a container";
            var values = (codes.Values ?? []).Select(v => v.ToString(CultureInfo.InvariantCulture));
            return string.Equals(codes.OperatorProperty, "NotIn", StringComparison.Ordinal)
                ? $"{who} exits with a non-zero code other than {TextList.And(values)}"
                : $"{who} exits with code {TextList.Or(values)}";
        }

        var conditions = (rule.OnPodConditions ?? []).Select(c =>
            string.Equals(c.Status ?? "True", "True", StringComparison.Ordinal)
                ? $"the pod has condition {c.Type}{(c.Type == "DisruptionTarget" ? " (it was evicted, preempted or its node went away)" : "")}"
                : $"the pod's condition {c.Type} is {c.Status}");
        return TextList.Or(conditions);
    }

    private static string Action(string? action) => action switch
    {
        "FailJob" => "the whole Job fails at once (reason PodFailurePolicy), with no more retries",
        "Ignore" => "the failure is not counted against any limit and the pod is replaced",
        "FailIndex" => "the pod's index fails at once, with no more retries for that index",
        _ => "the failure counts against the backoff limit as usual",
    };

    private static string Success(V1SuccessPolicyRule rule) => (rule.SucceededIndexes, rule.SucceededCount) switch
    {
        ({ } indexes, { } count) => string.Create(CultureInfo.InvariantCulture, $"{count} of the indexes {indexes} have succeeded"),
        ({ } indexes, null) => $"the indexes {indexes} have all succeeded",
        (null, { } count) => string.Create(CultureInfo.InvariantCulture, $"any {count} indexes have succeeded"),
        _ => "(an empty rule)",
    };
}
