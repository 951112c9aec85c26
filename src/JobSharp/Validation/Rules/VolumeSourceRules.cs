using JobSharp.KubernetesRules;
using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>validateVolumeSource</c>: one source per volume, and the fields of the common sources.</summary>
internal static class VolumeSourceRules
{
    private const string FileModeMessage = "must be a number between 0 and 0777 (octal), both inclusive";

    private static readonly string[] HostPathTypes =
        ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];

    public static void Validate(V1Volume volume, FieldPath path, IssueList issues)
    {
        var present = VolumeSources.Present(volume).ToList();
        foreach (var extra in present.Skip(1))
        {
            issues.Forbidden(path.Child(extra), Codes.VolumeTypeMany, "may not specify more than 1 volume type");
        }

        switch (present.FirstOrDefault())
        {
            case "emptyDir" when QuantityValue.From(volume.EmptyDir.SizeLimit) is { Value: < 0 }:
                issues.Forbidden(path.Child("emptyDir", "sizeLimit"), Codes.EmptyDirSizeLimitNegative, "SizeLimit field must be a valid resource quantity");
                break;
            case "hostPath":
                ValidateHostPath(volume.HostPath, path.Child("hostPath"), issues);
                break;
            case "persistentVolumeClaim" when string.IsNullOrEmpty(volume.PersistentVolumeClaim.ClaimName):
                issues.Required(path.Child("persistentVolumeClaim", "claimName"), Codes.VolumeSourceNameRequired);
                break;
            case "secret":
                if (string.IsNullOrEmpty(volume.Secret.SecretName))
                {
                    issues.Required(path.Child("secret", "secretName"), Codes.VolumeSourceNameRequired);
                }

                ValidateProjection(volume.Secret.DefaultMode, volume.Secret.Items, path.Child("secret"), issues);
                break;
            case "configMap":
                if (string.IsNullOrEmpty(volume.ConfigMap.Name))
                {
                    issues.Required(path.Child("configMap", "name"), Codes.VolumeSourceNameRequired);
                }

                ValidateProjection(volume.ConfigMap.DefaultMode, volume.ConfigMap.Items, path.Child("configMap"), issues);
                break;
        }
    }

    private static void ValidateHostPath(V1HostPathVolumeSource hostPath, FieldPath path, IssueList issues)
    {
        if (string.IsNullOrEmpty(hostPath.Path))
        {
            issues.Required(path.Child("path"), Codes.VolumeSourceNameRequired);
            return;
        }

        if (hostPath.Path.Split('/').Contains(".."))
        {
            issues.Invalid(path.Child("path"), Codes.VolumeItemPathInvalid, hostPath.Path, "must not contain '..'");
        }

        if (hostPath.Type is { } type && !HostPathTypes.Contains(type))
        {
            issues.NotSupported(path.Child("type"), Codes.HostPathTypeNotSupported, type, HostPathTypes);
        }
    }

    private static void ValidateProjection(int? defaultMode, IList<V1KeyToPath>? items, FieldPath path, IssueList issues)
    {
        if (defaultMode is { } mode and (< 0 or > 511))
        {
            issues.Invalid(path.Child("defaultMode"), Codes.VolumeModeOutOfRange, mode, FileModeMessage);
        }

        var list = items ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i] ?? new V1KeyToPath();
            var itemPath = path.Child("items").Index(i);
            if (string.IsNullOrEmpty(item.Key))
            {
                issues.Required(itemPath.Child("key"), Codes.VolumeItemKeyRequired);
            }

            if (string.IsNullOrEmpty(item.Path))
            {
                issues.Required(itemPath.Child("path"), Codes.VolumeItemPathRequired);
            }
            else
            {
                ValidateDescendingPath(item.Path, itemPath.Child("path"), Codes.VolumeItemPathInvalid, issues);
                if (item.Path.StartsWith("..", StringComparison.Ordinal) && !item.Path.StartsWith("../", StringComparison.Ordinal))
                {
                    issues.Invalid(itemPath.Child("path"), Codes.VolumeItemPathInvalid, item.Path, "must not start with '..'");
                }
            }

            if (item.Mode is { } itemMode and (< 0 or > 511))
            {
                issues.Invalid(itemPath.Child("mode"), Codes.VolumeModeOutOfRange, itemMode, FileModeMessage);
            }
        }
    }

    /// <summary><c>validateLocalDescendingPath</c>: relative, and no <c>..</c> element.</summary>
    public static void ValidateDescendingPath(string value, FieldPath path, string code, IssueList issues)
    {
        if (value.StartsWith('/'))
        {
            issues.Invalid(path, code, value, "must be a relative path");
        }

        if (value.Split('/').Contains(".."))
        {
            issues.Invalid(path, code, value, "must not contain '..'");
        }
    }
}
