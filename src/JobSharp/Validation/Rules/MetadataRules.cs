using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary>
/// <c>ValidateObjectMeta</c> for create: name or generateName, namespace, labels and annotations. Offline, a
/// missing namespace is not an error: the tool or the cluster (the request's namespace) supplies it.
/// </summary>
internal static class MetadataRules
{
    /// <summary>
    /// Checks the object's metadata and returns the name the server would use: the name, or for a
    /// <c>generateName</c> the prefix (cut to 58 characters) with a 5-character random suffix.
    /// </summary>
    public static string Validate(V1ObjectMeta meta, IssueList issues)
    {
        var path = FieldPath.Root("metadata");
        var generateName = meta.GenerateName ?? string.Empty;
        if (generateName.Length != 0)
        {
            issues.Invalid(path.Child("generateName"), Codes.GenerateNameInvalid, generateName, NameRules.Dns1123SubdomainPrefix(generateName));
        }

        var name = meta.Name ?? string.Empty;
        if (name.Length == 0 && generateName.Length == 0)
        {
            issues.Required(path.Child("name"), Codes.NameRequired, "name or generateName is required");
        }
        else if (name.Length != 0)
        {
            issues.Invalid(path.Child("name"), Codes.NameInvalid, name, NameRules.Dns1123Subdomain(name));
        }

        if (!string.IsNullOrEmpty(meta.NamespaceProperty))
        {
            issues.Invalid(path.Child("namespace"), Codes.NamespaceInvalid, meta.NamespaceProperty, NameRules.Dns1123Label(meta.NamespaceProperty));
        }

        LabelRules.ValidateLabels(meta.Labels, path.Child("labels"), issues);
        LabelRules.ValidateAnnotations(meta.Annotations, path.Child("annotations"), issues);
        return name.Length != 0 || generateName.Length == 0 ? name : generateName[..Math.Min(generateName.Length, 58)] + "b2c4d";
    }
}
