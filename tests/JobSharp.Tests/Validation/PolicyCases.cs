using k8s.Models;
using static JobSharp.Validation.ValidationIssueKind;

namespace JobSharp.Tests.Validation;

internal static class PolicyCases
{
    private const string Rule0 = "spec.podFailurePolicy.rules[0]";
    private const string Success0 = "spec.successPolicy.rules[0]";

    public static IEnumerable<RuleCase> All() =>
    [
        new("too many failure rules", "JS1201", "spec.podFailurePolicy.rules", TooMany, j => j.Spec.PodFailurePolicy = new V1PodFailurePolicy
        {
            Rules = [.. Enumerable.Range(0, 21).Select(_ => ExitCodeRule("FailJob", "In", 1))],
        }) { Message = "must have at most 20 items" },
        new("action missing", "JS1202", Rule0 + ".action", Required, j => Policy(j, ExitCodeRule(string.Empty, "In", 1))) { Message = "valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]" },
        new("FailIndex without per-index limit", "JS1203", Rule0 + ".action", Invalid, j => Policy(j, ExitCodeRule("FailIndex", "In", 1))),
        new("action unknown", "JS1204", Rule0 + ".action", NotSupported, j => Policy(j, ExitCodeRule("Retry", "In", 1))) { Message = "supported values: \"Count\", \"FailIndex\", \"FailJob\", \"Ignore\"" },
        new("both matchers", "JS1205", Rule0, Invalid, j =>
        {
            var rule = ExitCodeRule("FailJob", "In", 1);
            rule.OnPodConditions = [new V1PodFailurePolicyOnPodConditionsPattern { Type = "DisruptionTarget" }];
            Policy(j, rule);
        }) { Message = "specifying both OnExitCodes and OnPodConditions is not supported" },
        new("no matcher", "JS1206", Rule0, Invalid, j => Policy(j, new V1PodFailurePolicyRule { Action = "FailJob" })) { Message = "specifying one of OnExitCodes and OnPodConditions is required" },
        new("operator missing", "JS1207", Rule0 + ".onExitCodes.operator", Required, j => Policy(j, ExitCodeRule("FailJob", string.Empty, 1))),
        new("operator unknown", "JS1208", Rule0 + ".onExitCodes.operator", NotSupported, j => Policy(j, ExitCodeRule("FailJob", "Equals", 1))),
        new("containerName unknown", "JS1209", Rule0 + ".onExitCodes.containerName", Invalid, j =>
        {
            var rule = ExitCodeRule("FailJob", "In", 1);
            rule.OnExitCodes.ContainerName = "nope";
            Policy(j, rule);
        }) { Message = "must be one of the container or initContainer names in the pod template" },
        new("exit codes empty", "JS1210", Rule0 + ".onExitCodes.values", Invalid, j => Policy(j, ExitCodeRule("FailJob", "In"))) { Message = "at least one value is required" },
        new("too many exit codes", "JS1211", Rule0 + ".onExitCodes.values", TooMany, j => Policy(j, ExitCodeRule("FailJob", "In", [.. Enumerable.Range(1, 256)]))),
        new("exit code 0 with In", "JS1212", Rule0 + ".onExitCodes.values[0]", Invalid, j => Policy(j, ExitCodeRule("FailJob", "In", 0))),
        new("exit code repeated", "JS1213", Rule0 + ".onExitCodes.values[1]", Duplicate, j => Policy(j, ExitCodeRule("FailJob", "NotIn", 1, 1))),
        new("exit codes unordered", "JS1214", Rule0 + ".onExitCodes.values", Invalid, j => Policy(j, ExitCodeRule("FailJob", "NotIn", 3, 1))) { Message = "must be ordered" },
        new("too many pod conditions", "JS1215", Rule0 + ".onPodConditions", TooMany, j => Policy(j, new V1PodFailurePolicyRule
        {
            Action = "Ignore",
            OnPodConditions = [.. Enumerable.Range(0, 21).Select(_ => new V1PodFailurePolicyOnPodConditionsPattern { Type = "DisruptionTarget" })],
        })),
        new("pod condition type bad", "JS1216", Rule0 + ".onPodConditions[0].type", Invalid, j => Policy(j, ConditionRule("bad type", "True"))),
        new("pod condition missing", "JS1217", Rule0 + ".onPodConditions[0].status", Required, j => Policy(j, new V1PodFailurePolicyRule { Action = "Ignore", OnPodConditions = [null!] })) { AlsoCodes = ["JS1216"] },
        new("pod condition status unknown", "JS1218", Rule0 + ".onPodConditions[0].status", NotSupported, j => Policy(j, ConditionRule("DisruptionTarget", "Yes"))) { Message = "supported values: \"False\", \"True\", \"Unknown\"" },
        new("replacement not Failed with policy", "JS1220", "spec.podReplacementPolicy", NotSupported, j =>
        {
            Policy(j, ExitCodeRule("FailJob", "In", 1));
            j.Spec.PodReplacementPolicy = "TerminatingOrFailed";
        }) { Message = "supported values: \"Failed\"" },
        new("replacement unknown", "JS1221", "spec.podReplacementPolicy", NotSupported, j => j.Spec.PodReplacementPolicy = "Always") { Message = "supported values: \"Failed\", \"TerminatingOrFailed\"" },
        new("success policy on NonIndexed (rules unchecked)", "JS1230", "spec.successPolicy", Invalid, j => j.Spec.SuccessPolicy = Success(new V1SuccessPolicyRule { SucceededCount = -1 })) { Message = "requires indexed completion mode" },
        new("success policy without rules", "JS1231", "spec.successPolicy.rules", Required, j => IndexedSuccess(j)),
        new("too many success rules", "JS1232", "spec.successPolicy.rules", TooMany, j => IndexedSuccess(j, [.. Enumerable.Range(0, 21).Select(_ => new V1SuccessPolicyRule { SucceededCount = 1 })])),
        new("empty success rule", "JS1233", Success0, Required, j => IndexedSuccess(j, new V1SuccessPolicyRule())) { Message = "at least one of succeededCount or succeededIndexes must be specified" },
        new("succeededIndexes too long", "JS1234", Success0 + ".succeededIndexes", TooLong, j => IndexedSuccess(j, new V1SuccessPolicyRule { SucceededIndexes = new string('1', 65537) })) { AlsoCodes = ["JS1235"] },
        new("succeededIndexes repeated", "JS1235", Success0 + ".succeededIndexes", Invalid, j => IndexedSuccess(j, new V1SuccessPolicyRule { SucceededIndexes = "1,1" })) { Message = "error parsing succeededIndexes: non-increasing order, previous: 1, current: 1" },
        new("succeededIndexes too large", "JS1235", Success0 + ".succeededIndexes", Invalid, j => IndexedSuccess(j, new V1SuccessPolicyRule { SucceededIndexes = "5" })) { Message = "error parsing succeededIndexes: too large index: \"5\"" },
        new("succeededCount negative", "JS1236", Success0 + ".succeededCount", Invalid, j => IndexedSuccess(j, new V1SuccessPolicyRule { SucceededCount = -1 })),
        new("succeededCount above completions", "JS1237", Success0 + ".succeededCount", Invalid, j => IndexedSuccess(j, new V1SuccessPolicyRule { SucceededCount = 6 })) { Message = "must be less than or equal to 5 (the number of specified completions)" },
        new("succeededCount above indexes", "JS1238", Success0 + ".succeededCount", Invalid, j => IndexedSuccess(j, new V1SuccessPolicyRule { SucceededIndexes = "0-1", SucceededCount = 3 })) { Message = "must be less than or equal to 2 (the number of indexes in the specified succeededIndexes field)" },
    ];

    public static V1PodFailurePolicy ExitCodePolicy(string action, string op, params int[] values) =>
        new() { Rules = [ExitCodeRule(action, op, values)] };

    private static V1PodFailurePolicyRule ExitCodeRule(string action, string op, params int[] values) => new()
    {
        Action = action,
        OnExitCodes = new V1PodFailurePolicyOnExitCodesRequirement { OperatorProperty = op, Values = values },
    };

    private static V1PodFailurePolicyRule ConditionRule(string type, string status) => new()
    {
        Action = "Ignore",
        OnPodConditions = [new V1PodFailurePolicyOnPodConditionsPattern { Type = type, Status = status }],
    };

    private static void Policy(V1Job job, V1PodFailurePolicyRule rule) => job.Spec.PodFailurePolicy = new V1PodFailurePolicy { Rules = [rule] };

    private static V1SuccessPolicy Success(params V1SuccessPolicyRule[] rules) => new() { Rules = rules };

    private static void IndexedSuccess(V1Job job, params V1SuccessPolicyRule[] rules)
    {
        JobSpecCases.Indexed(job, 5);
        job.Spec.SuccessPolicy = Success(rules);
    }
}
