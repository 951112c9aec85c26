using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>ValidateConfigMap</c>: metadata, keys that are file names, no key in both maps, at most 1 MiB of values.</summary>
internal static class ConfigMapRules
{
    private const int MaxSize = 1024 * 1024;

    public static void Validate(V1ConfigMap configMap, IssueList issues)
    {
        MetadataRules.Validate(configMap.Metadata ?? new V1ObjectMeta(), issues);
        var data = configMap.Data ?? new Dictionary<string, string>();
        var binary = configMap.BinaryData ?? new Dictionary<string, byte[]>();
        long size = 0;
        foreach (var (key, value) in data.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            CheckKey(FieldPath.Root("data").Key(key), key, binary.ContainsKey(key), "binaryData", issues);
            size += System.Text.Encoding.UTF8.GetByteCount(value ?? string.Empty);
        }

        foreach (var (key, value) in binary.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            CheckKey(FieldPath.Root("binaryData").Key(key), key, data.ContainsKey(key), "data", issues);
            size += value?.Length ?? 0;
        }

        if (size > MaxSize)
        {
            issues.TooLong(FieldPath.Root(string.Empty), Codes.ConfigMapTooLarge, MaxSize);
        }
    }

    private static void CheckKey(FieldPath path, string key, bool inOther, string other, IssueList issues)
    {
        issues.Invalid(path, Codes.ConfigMapKeyInvalid, key, NameRules.ConfigKey(key));
        if (inOther)
        {
            issues.Invalid(path, Codes.ConfigMapKeyDuplicate, key, $"duplicate of key present in {other}");
        }
    }
}
