using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary>The downward API selectors of env vars: <c>validateObjectFieldSelector</c> and <c>validateContainerResourceFieldSelector</c>.</summary>
internal static class FieldRefRules
{
    /// <summary>The field labels <c>ConvertDownwardAPIFieldLabel</c> knows for v1 pods.</summary>
    private static readonly HashSet<string> ConvertibleFields = new(StringComparer.Ordinal)
    {
        "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid",
        "spec.nodeName", "spec.host", "spec.restartPolicy", "spec.serviceAccountName", "spec.schedulerName",
        "status.phase", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
    };

    private static readonly string[] EnvFields =
    [
        "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
        "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
    ];

    private static readonly string[] ResourceFields =
    [
        "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory",
    ];

    public static void ValidateFieldRef(V1ObjectFieldSelector selector, FieldPath path, IssueList issues)
    {
        // apiVersion is defaulted to v1 before validation, so it is never missing here.
        var fieldPath = selector.FieldPath ?? string.Empty;
        if (fieldPath.Length == 0)
        {
            issues.Required(path.Child("fieldPath"), Codes.FieldRefPathRequired);
            return;
        }

        var subscripted = SplitSubscript(fieldPath, out var field, out var subscript);
        var conversionError = selector.ApiVersion != "v1"
            ? "unsupported pod version: " + selector.ApiVersion
            : subscripted ? (field is "metadata.annotations" or "metadata.labels" ? null : "field label does not support subscript: " + fieldPath)
            : ConvertibleFields.Contains(fieldPath) ? null : "field label not supported: " + fieldPath;
        if (fieldPath == "spec.host")
        {
            // Old v1 clients send spec.host; the server converts it to spec.nodeName.
            fieldPath = "spec.nodeName";
        }

        if (conversionError is not null)
        {
            issues.Invalid(path.Child("fieldPath"), Codes.FieldRefPathInvalid, fieldPath, "error converting fieldPath: " + conversionError);
            return;
        }

        if (subscripted)
        {
            var key = field == "metadata.annotations" ? subscript.ToLowerInvariant() : subscript;
            issues.Invalid(path, Codes.LabelKeyInvalid, key, NameRules.QualifiedName(key));
        }
        else if (!EnvFields.Contains(fieldPath))
        {
            issues.NotSupported(path.Child("fieldPath"), Codes.FieldRefPathNotSupported, fieldPath, EnvFields);
        }
    }

    public static void ValidateResourceFieldRef(V1ResourceFieldSelector selector, FieldPath path, IssueList issues)
    {
        var resource = selector.Resource ?? string.Empty;
        if (resource.Length == 0)
        {
            issues.Required(path.Child("resource"), Codes.ResourceFieldRefResourceRequired);
        }
        else if (!ResourceFields.Contains(resource)
            && !resource.StartsWith("requests.hugepages-", StringComparison.Ordinal)
            && !resource.StartsWith("limits.hugepages-", StringComparison.Ordinal))
        {
            issues.NotSupported(path.Child("resource"), Codes.ResourceFieldRefResourceNotSupported, resource, ResourceFields);
        }
    }

    /// <summary><c>fieldpath.SplitMaybeSubscriptedPath</c>: <c>metadata.labels['key']</c> → path and key.</summary>
    private static bool SplitSubscript(string fieldPath, out string field, out string subscript)
    {
        field = fieldPath;
        subscript = string.Empty;
        if (!fieldPath.EndsWith("']", StringComparison.Ordinal))
        {
            return false;
        }

        var trimmed = fieldPath[..^2];
        var open = trimmed.IndexOf("['", StringComparison.Ordinal);
        if (open <= 0)
        {
            return false;
        }

        field = trimmed[..open];
        subscript = trimmed[(open + 2)..];
        return true;
    }
}
