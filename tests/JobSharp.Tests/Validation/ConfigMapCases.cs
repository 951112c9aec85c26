using JobSharp.Validation.Rules;
using k8s.Models;
using static JobSharp.Validation.ValidationIssueKind;

namespace JobSharp.Tests.Validation;

/// <summary>The ConfigMap rules (JS16xx), each broken on a valid ConfigMap.</summary>
internal static class ConfigMapCases
{
    public static IEnumerable<RuleCase> All() =>
    [
        Case("configmap: key with a slash", "JS1601", "data[a/b]", Invalid, c => c.Data["a/b"] = "x") with { Message = NameRules.ConfigKeyMessage },
        Case("configmap: key in data and binaryData", "JS1602", "data[APP_MODE]", Invalid, c => c.BinaryData = new Dictionary<string, byte[]> { ["APP_MODE"] = [1] }) with { Message = "duplicate of key present in binaryData" },
        Case("configmap: over 1 MiB", "JS1603", "", TooLong, c => c.Data["big"] = new string('x', 1024 * 1024)),
        Case("configmap: name invalid", "JS1004", "metadata.name", Invalid, c => c.Metadata.Name = "App_Config"),
    ];

    private static RuleCase Case(string name, string code, string path, JobSharp.Validation.ValidationIssueKind kind, Action<V1ConfigMap> breakIt) =>
        new(name, code, path, kind, BreakConfigMap: breakIt);
}
