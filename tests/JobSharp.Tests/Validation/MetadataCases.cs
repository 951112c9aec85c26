using k8s.Models;
using static JobSharp.Validation.ValidationIssueKind;

namespace JobSharp.Tests.Validation;

internal static class MetadataCases
{
    private static readonly string Name64 = new('a', 64);

    public static IEnumerable<RuleCase> All() =>
    [
        new("name missing", "JS1001", "metadata.name", Required, j => j.Metadata.Name = null) { Message = "name or generateName is required" },
        new("name not a subdomain", "JS1004", "metadata.name", Invalid, j => j.Metadata.Name = "My_Job"),
        new("generateName not a subdomain", "JS1005", "metadata.generateName", Invalid, j => (j.Metadata.Name, j.Metadata.GenerateName) = (null, "Bad_")),
        new("namespace not a label", "JS1006", "metadata.namespace", Invalid, j => j.Metadata.NamespaceProperty = "my.ns") { Message = "must not contain dots" },
        new("label key with two slashes", "JS1007", "metadata.labels", Invalid, j => j.Metadata.Labels["a/b/c"] = "x"),
        new("template label key bad", "JS1007", "spec.template.labels", Invalid, j => j.Spec.Template.Metadata.Labels["-x"] = "y"),
        new("nodeSelector key bad", "JS1007", "spec.template.spec.nodeSelector", Invalid, j => j.Pod().NodeSelector = new Dictionary<string, string> { ["bad key"] = "x" }),
        new("label value bad", "JS1008", "metadata.labels", Invalid, j => j.Metadata.Labels["app"] = "-bad"),
        new("annotation key bad", "JS1009", "metadata.annotations", Invalid, j => j.Metadata.Annotations["bad key"] = string.Empty),
        new("annotations too big", "JS1010", "metadata.annotations", TooLong, j => j.Metadata.Annotations["big"] = new string('x', 262144)) { Message = "may not be more than 262144 bytes" },
        new("job name too long for label", "JS1011", "spec.template.labels", Invalid, j => j.Metadata.Name = Name64) { Message = "must be no more than 63 bytes" },
        new("indexed hostname too long", "JS1012", "metadata.name", Invalid, j =>
        {
            j.Metadata.Name = new string('a', 62);
            (j.Spec.CompletionMode, j.Spec.Completions, j.Spec.Parallelism) = ("Indexed", 10, 2);
        }) { Message = "will not able to create pod with invalid DNS label: " + new string('a', 62) + "-9" },
        new("template job-name label differs", "JS1013", "spec.template.metadata.labels[job-name]", Invalid, j => j.Spec.Template.Metadata.Labels["job-name"] = "other") { Message = "must be 'base'" },
        new("selector without manualSelector", "JS1014", "spec.selector", Invalid, j => j.Spec.Selector = Selector(("app", "demo"))) { Message = "`selector` not auto-generated" },
        new("manual selector missing", "JS1015", "spec.selector", Required, j => j.Spec.ManualSelector = true) { AlsoCodes = ["JS1019"] },
        new("selector In without values", "JS1016", "spec.selector.matchExpressions[0].values", Required, j => Manual(j, Expression("app", "In"))),
        new("selector Exists with values", "JS1017", "spec.selector.matchExpressions[0].values", Forbidden, j => Manual(j, Expression("app", "Exists", "x"))),
        new("selector operator unknown", "JS1018", "spec.selector.matchExpressions[0].operator", Invalid, j => Manual(j, Expression("app", "Equals", "demo"))),
        new("selector expression key bad", "JS1007", "spec.selector.matchExpressions[0].key", Invalid, j => Manual(j, Expression("bad key", "Exists"))),
        new("selector does not match template", "JS1019", "spec.template.metadata.labels", Invalid, j =>
        {
            j.Spec.ManualSelector = true;
            j.Spec.Selector = Selector(("app", "other"));
        }) { Message = "`selector` does not match template `labels`" },
    ];

    private static V1LabelSelector Selector(params (string Key, string Value)[] labels) =>
        new() { MatchLabels = labels.ToDictionary(l => l.Key, l => l.Value) };

    private static V1LabelSelectorRequirement Expression(string key, string op, params string[] values) =>
        new() { Key = key, OperatorProperty = op, Values = values.Length == 0 ? null : values };

    private static void Manual(V1Job job, V1LabelSelectorRequirement requirement)
    {
        job.Spec.ManualSelector = true;
        job.Spec.Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "demo" }, MatchExpressions = [requirement] };
    }
}
