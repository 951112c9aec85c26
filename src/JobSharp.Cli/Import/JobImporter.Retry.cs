using k8s.Models;

namespace JobSharp.Cli.Import;

internal sealed partial class JobImporter
{
    private void Indexed(V1JobSpec spec)
    {
        var completions = spec.Completions!.Value;
        var indexed = new Recipe<IndexedCompletion>(() => IndexedCompletion.Default);
        void Add(string method, string arguments, string field, Func<IndexedCompletion, IndexedCompletion> apply) =>
            indexed.Add(new ImportCall { Method = method, Arguments = arguments, Field = field }, apply);

        if (spec.BackoffLimitPerIndex is { } perIndex)
        {
            Add("WithBackoffLimitPerIndex", CSharpText.Number(perIndex), "spec.backoffLimitPerIndex", i => i.WithBackoffLimitPerIndex(perIndex));
        }

        if (spec.MaxFailedIndexes is { } maxFailed)
        {
            Add("WithMaxFailedIndexes", CSharpText.Number(maxFailed), "spec.maxFailedIndexes", i => i.WithMaxFailedIndexes(maxFailed));
        }

        foreach (var rule in (spec.PodFailurePolicy?.Rules ?? []).Where(IsFailIndexShortcut))
        {
            var codes = rule.OnExitCodes.Values.ToList();
            Add("FailIndexOnExitCodes", CSharpText.Join(codes.Select(c => CSharpText.Number(c))), "spec.podFailurePolicy", i => i.FailIndexOnExitCodes(codes));
        }

        foreach (var rule in spec.SuccessPolicy?.Rules ?? [])
        {
            if (SuccessRuleCode(rule) is { } success)
            {
                Add("SucceedWhen", success.Code, "spec.successPolicy", i => i.SucceedWhen(success.Value));
            }
        }

        var lambda = indexed.IsEmpty ? null : new ImportLambda { Parameter = "i", Calls = indexed.Calls };
        Call("Indexed", $"completions: {CSharpText.Number(completions)}", "spec.completions", j => j.Indexed(completions, indexed.Replay), lambda);
    }

    private static bool IsFailIndexShortcut(V1PodFailurePolicyRule rule) =>
        rule is { Action: "FailIndex", OnExitCodes: { OperatorProperty: "In", ContainerName: null, Values.Count: > 0 }, OnPodConditions: null or { Count: 0 } };

    private void Retry(V1JobSpec spec, bool indexed)
    {
        var restart = spec.Template?.Spec?.RestartPolicy is { } text && Enum.TryParse<JobRestartPolicy>(text, out var parsed) && parsed.ToString() == text
            ? parsed
            : (JobRestartPolicy?)null;
        var rules = (spec.PodFailurePolicy?.Rules ?? []).Where(r => !(indexed && IsFailIndexShortcut(r))).ToList();
        if (rules.Count == 0)
        {
            if (spec.BackoffLimit is { } limit)
            {
                Call("WithBackoffLimit", CSharpText.Number(limit), "spec.backoffLimit", j => j.WithBackoffLimit(limit));
            }

            if (restart is { } policy)
            {
                Call("WithRestartPolicy", $"{nameof(JobRestartPolicy)}.{policy}", "spec.template.spec.restartPolicy", j => j.WithRestartPolicy(policy));
            }

            return;
        }

        var retry = new Recipe<RetryPolicy>(() => RetryPolicy.Default);
        if (spec.BackoffLimit is { } backoff)
        {
            retry.Add(new ImportCall { Method = "WithBackoffLimit", Arguments = CSharpText.Number(backoff), Field = "spec.backoffLimit" }, r => r.WithBackoffLimit(backoff));
        }

        if (restart == JobRestartPolicy.OnFailure)
        {
            retry.Add(new ImportCall { Method = "RestartContainersInPlace", Field = "spec.template.spec.restartPolicy" }, r => r.RestartContainersInPlace());
        }

        foreach (var rule in rules)
        {
            if (RuleCall(rule) is { } call)
            {
                retry.Add(new ImportCall { Method = call.Method, Arguments = call.Arguments, Field = "spec.podFailurePolicy" }, call.Apply);
            }
        }

        Call("WithRetry", string.Empty, "spec.podFailurePolicy", j => j.WithRetry(retry.Replay), new ImportLambda { Parameter = "r", Calls = retry.Calls });
    }

    /// <summary>The <see cref="RetryPolicy"/> shortcut for a rule, or <c>AddRule</c> with the general form.</summary>
    private static (string Method, string Arguments, Func<RetryPolicy, RetryPolicy> Apply)? RuleCall(V1PodFailurePolicyRule rule)
    {
        var conditions = rule.OnPodConditions ?? [];
        if (rule.OnExitCodes is { OperatorProperty: "In", Values: { Count: > 0 } values } exit && conditions.Count == 0)
        {
            var codes = values.ToList();
            var list = CSharpText.Join(codes.Select(c => CSharpText.Number(c)));
            switch (rule.Action)
            {
                case "FailJob" when exit.ContainerName is { } container:
                    return ("FailJobOnExitCodes", CSharpText.Join(CSharpText.String(container), list), r => r.FailJobOnExitCodes(container, codes));
                case "FailJob":
                    return ("FailJobOnExitCodes", list, r => r.FailJobOnExitCodes(codes));
                case "Ignore" when exit.ContainerName is null:
                    return ("IgnoreExitCodes", list, r => r.IgnoreExitCodes(codes));
            }
        }

        if (rule.OnExitCodes is null && conditions is [{ Status: "True", Type: { } type }])
        {
            switch (rule.Action)
            {
                case "Ignore" when type == "DisruptionTarget":
                    return ("IgnoreDisruptions", string.Empty, r => r.IgnoreDisruptions());
                case "FailJob":
                    return ("FailJobOnPodCondition", CSharpText.String(type), r => r.FailJobOnPodCondition(type));
            }
        }

        return RuleCode(rule) is { } general ? ("AddRule", general.Code, r => r.AddRule(general.Value)) : null;
    }

    /// <summary>The general form: <c>PodFailureRule.OnExitCodes(...)</c>, <c>OnExitCodesOtherThan(...)</c> or <c>OnPodCondition(...)</c>.</summary>
    private static Coded<PodFailureRule>? RuleCode(V1PodFailurePolicyRule rule) => Coded<PodFailureRule>.Try(() =>
    {
        if (!Enum.TryParse<PodFailureAction>(rule.Action, out var action) || action.ToString() != rule.Action)
        {
            return null;
        }

        var actionCode = $"{nameof(PodFailureAction)}.{action}";
        if (rule.OnExitCodes is { Values: { } values } exit && rule.OnPodConditions is null or { Count: 0 })
        {
            var codes = values.ToList();
            var container = exit.ContainerName is { } name ? $"containerName: {CSharpText.String(name)}" : null;
            var arguments = CSharpText.Join(actionCode, $"[{CSharpText.Join(codes.Select(c => CSharpText.Number(c)))}]", container);
            return exit.OperatorProperty switch
            {
                "In" => new($"PodFailureRule.OnExitCodes({arguments})", PodFailureRule.OnExitCodes(action, codes, exit.ContainerName)),
                "NotIn" => new($"PodFailureRule.OnExitCodesOtherThan({arguments})", PodFailureRule.OnExitCodesOtherThan(action, codes, exit.ContainerName)),
                _ => null,
            };
        }

        if (rule.OnExitCodes is null && rule.OnPodConditions is { Count: > 0 } conditions)
        {
            string? code = null;
            PodFailureRule? value = null;
            foreach (var condition in conditions)
            {
                if (condition.Type is not { } type || !Enum.TryParse<PodConditionStatus>(condition.Status ?? "True", out var status) || status.ToString() != (condition.Status ?? "True"))
                {
                    return null;
                }

                var statusCode = status == PodConditionStatus.True ? null : $"{nameof(PodConditionStatus)}.{status}";
                code = code is null
                    ? $"PodFailureRule.OnPodCondition({CSharpText.Join(actionCode, CSharpText.String(type), statusCode)})"
                    : $"{code}.OrOnPodCondition({CSharpText.Join(CSharpText.String(type), statusCode)})";
                value = value is null ? PodFailureRule.OnPodCondition(action, type, status) : value.OrOnPodCondition(type, status);
            }

            return new(code!, value!);
        }

        return null;
    });

    private static Coded<SuccessRule>? SuccessRuleCode(V1SuccessPolicyRule rule) => Coded<SuccessRule>.Try(() => rule switch
    {
        { SucceededIndexes: { } indexes, SucceededCount: { } count } => new(
            $"SuccessRule.WhenIndexesSucceed({CSharpText.String(indexes)}).WithSucceededCount({CSharpText.Number(count)})",
            SuccessRule.WhenIndexesSucceed(indexes).WithSucceededCount(count)),
        { SucceededIndexes: { } indexes } => new($"SuccessRule.WhenIndexesSucceed({CSharpText.String(indexes)})", SuccessRule.WhenIndexesSucceed(indexes)),
        { SucceededCount: { } count } => new($"SuccessRule.WhenCountSucceeds({CSharpText.Number(count)})", SuccessRule.WhenCountSucceeds(count)),
        _ => null,
    });
}
