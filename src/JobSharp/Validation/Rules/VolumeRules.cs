using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>ValidateVolumes</c> (names, one source each, the common sources' fields) and <c>ValidateVolumeMounts</c>.</summary>
internal static class VolumeRules
{
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
            VolumeSourceRules.Validate(volume, itemPath, found);
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
                VolumeSourceRules.ValidateDescendingPath(mount.SubPath, path.Child("subPath"), Codes.SubPathInvalid, issues);
            }

            if (!string.IsNullOrEmpty(mount.SubPathExpr))
            {
                if (!string.IsNullOrEmpty(mount.SubPath))
                {
                    issues.Invalid(itemPath.Child("subPathExpr"), Codes.SubPathExclusive, mount.SubPathExpr, "subPathExpr and subPath are mutually exclusive");
                }

                VolumeSourceRules.ValidateDescendingPath(mount.SubPathExpr, path.Child("subPathExpr"), Codes.SubPathInvalid, issues);
            }
        }
    }
}
