using System.Globalization;
using JobSharp.Internal;
using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary>
/// <c>ValidateJob</c> for create: metadata, the generated-selector check, the spec, the selector and the
/// Indexed hostname rule. Offline there is no uid yet, so it is not required; a selector written by the user
/// without <c>manualSelector: true</c> cannot equal the generated one and is reported.
/// </summary>
internal static class JobRules
{
    private const string OfflineUid = "jobsharp-offline-uid";

    private static readonly string[] UidLabels = ["controller-uid", "batch.kubernetes.io/controller-uid"];
    private static readonly string[] NameLabels = ["job-name", "batch.kubernetes.io/job-name"];

    public static void Validate(V1Job job, IssueList issues)
    {
        var name = MetadataRules.Validate(job.Metadata, issues);
        var spec = job.Spec;
        var manual = spec.ManualSelector == true;

        // The uid the server will assign; a value no user-written label can already hold when there is none yet.
        var uid = string.IsNullOrEmpty(job.Metadata.Uid) ? OfflineUid : job.Metadata.Uid;
        var userTemplateLabels = spec.Template.Metadata?.Labels;
        if (!manual)
        {
            ValidateGeneratedLabels(userTemplateLabels, name, uid, issues);
        }

        JobSpecRules.Validate(spec, FieldPath.Root("spec"), issues);
        ValidateSelector(spec, manual, name, uid, issues);
        if (!manual)
        {
            // The registry copies the name into the job-name labels, so it must be a valid label value.
            foreach (var message in NameRules.LabelValue(name))
            {
                var code = message.StartsWith("must be no more than", StringComparison.Ordinal) ? Codes.JobNameTooLongForLabel : Codes.LabelValueInvalid;
                issues.Invalid(FieldPath.Root("spec").Child("template", "labels"), code, name, message);
            }
        }

        if (spec.CompletionMode == "Indexed" && spec.Completions > 0)
        {
            var hostname = name + "-" + (spec.Completions.Value - 1).ToString(CultureInfo.InvariantCulture);
            if (NameRules.Dns1123Label(hostname).Count != 0)
            {
                issues.Invalid(FieldPath.Root("metadata").Child("name"), Codes.IndexedHostnameInvalid, name, "will not able to create pod with invalid DNS label: " + EchoText.Of(hostname));
            }
        }
    }

    private static void ValidateGeneratedLabels(IDictionary<string, string>? labels, string name, string uid, IssueList issues)
    {
        var path = FieldPath.Root("spec").Child("template", "metadata", "labels");
        foreach (var (key, expected) in UidLabels.Select(k => (k, uid)).Concat(NameLabels.Select(k => (k, name))))
        {
            if (labels is not null && labels.TryGetValue(key, out var actual) && actual != expected)
            {
                var shown = expected == OfflineUid ? "<uid assigned by the API server>" : expected;
                issues.Invalid(path.Key(key), Codes.GeneratedLabelConflict, labels, $"must be '{shown}'");
            }
        }
    }

    private static void ValidateSelector(V1JobSpec spec, bool manual, string name, string uid, IssueList issues)
    {
        var path = FieldPath.Root("spec").Child("selector");
        var templateLabels = new Dictionary<string, string>(spec.Template.Metadata?.Labels ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var selector = spec.Selector;
        if (!manual)
        {
            // generateSelector: the job-name and controller-uid labels join the template, controller-uid the selector.
            foreach (var key in UidLabels)
            {
                templateLabels.TryAdd(key, uid);
            }

            foreach (var key in NameLabels)
            {
                templateLabels.TryAdd(key, name);
            }

            var matchLabels = new Dictionary<string, string>(selector?.MatchLabels ?? new Dictionary<string, string>(), StringComparer.Ordinal);
            matchLabels.TryAdd("batch.kubernetes.io/controller-uid", uid);
            selector = new V1LabelSelector { MatchLabels = matchLabels, MatchExpressions = selector?.MatchExpressions };
            var expected = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["batch.kubernetes.io/controller-uid"] = uid,
                ["batch.kubernetes.io/job-name"] = name,
                ["controller-uid"] = uid,
                ["job-name"] = name,
            };
            if (LabelRules.Matches(selector, expected) == false)
            {
                issues.Invalid(path, Codes.SelectorNotGenerated, null, "`selector` not auto-generated");
            }
        }

        if (spec.Selector is not null)
        {
            LabelRules.ValidateSelector(spec.Selector, path, issues);
        }
        else if (manual)
        {
            issues.Required(path, Codes.SelectorRequired);
        }

        if (LabelRules.Matches(selector, templateLabels) == false)
        {
            issues.Invalid(FieldPath.Root("spec").Child("template", "metadata", "labels"), Codes.SelectorMismatch, templateLabels, "`selector` does not match template `labels`");
        }
    }
}
