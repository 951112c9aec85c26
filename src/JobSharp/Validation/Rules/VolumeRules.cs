using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>ValidateVolumes</c> (names, one source each, the common sources' fields) and <c>ValidateVolumeMounts</c>.</summary>
internal static class VolumeRules
{
    private const string FileModeMessage = "must be a number between 0 and 0777 (octal), both inclusive";

    private static readonly string[] HostPathTypes =
        ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];

    /// <summary>Checks the volumes and returns the names of the valid ones, which mounts may refer to.</summary>
    public static IReadOnlySet<string> ValidateVolumes(IList<V1Volume>? volumes, FieldPath path, IssueList issues)
    {
        var valid = new HashSet<string>(StringComparer.Ordinal);
        var list = volumes ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var volume = list[i] ?? new V1Volume();
            var itemPath = path.Index(i);
            var found = new IssueList();
            ValidateSource(volume, itemPath, found);
            var name = volume.Name ?? string.Empty;
            if (name.Length == 0)
            {
                found.Required(itemPath.Child("name"), Codes.VolumeNameRequired);
            }
            else
            {
                found.Invalid(itemPath.Child("name"), Codes.VolumeNameInvalid, name, NameRules.Dns1123Label(name));
            }

            if (valid.Contains(name))
            {
                found.Duplicate(itemPath.Child("name"), Codes.VolumeNameDuplicate, name);
            }

            if (found.Count == 0)
            {
                valid.Add(name);
            }

            issues.AddRange(found);
        }

        return valid;
    }

    public static void ValidateMounts(IList<V1VolumeMount>? mounts, IReadOnlySet<string> volumes, FieldPath path, IssueList issues)
    {
        var mountPoints = new HashSet<string>(StringComparer.Ordinal);
        var list = mounts ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var mount = list[i] ?? new V1VolumeMount();
            var itemPath = path.Index(i);
            var name = mount.Name ?? string.Empty;
            if (name.Length == 0)
            {
                issues.Required(itemPath.Child("name"), Codes.MountNameRequired);
            }

            if (!volumes.Contains(name))
            {
                issues.NotFound(itemPath.Child("name"), Codes.MountVolumeNotFound, name);
            }

            var mountPath = mount.MountPath ?? string.Empty;
            if (mountPath.Length == 0)
            {
                issues.Required(itemPath.Child("mountPath"), Codes.MountPathRequired);
            }

            if (!mountPoints.Add(mountPath))
            {
                issues.Invalid(itemPath.Child("mountPath"), Codes.MountPathNotUnique, mountPath, "must be unique");
            }

            // The server writes these two paths without the mount's index.
            if (!string.IsNullOrEmpty(mount.SubPath))
            {
                ValidateDescendingPath(mount.SubPath, path.Child("subPath"), Codes.SubPathInvalid, issues);
            }

            if (!string.IsNullOrEmpty(mount.SubPathExpr))
            {
                if (!string.IsNullOrEmpty(mount.SubPath))
                {
                    issues.Invalid(itemPath.Child("subPathExpr"), Codes.SubPathExclusive, mount.SubPathExpr, "subPathExpr and subPath are mutually exclusive");
                }

                ValidateDescendingPath(mount.SubPathExpr, path.Child("subPathExpr"), Codes.SubPathInvalid, issues);
            }
        }
    }

    private static void ValidateSource(V1Volume volume, FieldPath path, IssueList issues)
    {
        var present = VolumeSources.Present(volume).ToList();
        foreach (var extra in present.Skip(1))
        {
            issues.Forbidden(path.Child(extra), Codes.VolumeTypeMany, "may not specify more than 1 volume type");
        }

        switch (present.FirstOrDefault())
        {
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
    private static void ValidateDescendingPath(string value, FieldPath path, string code, IssueList issues)
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
