using k8s.Models;
using Codes = JobSharp.Validation.ValidationCodes;

namespace JobSharp.Validation.Rules;

/// <summary><c>ValidateEnv</c>, <c>validateEnvVarValueFrom</c> and <c>ValidateEnvFrom</c>.</summary>
internal static class EnvRules
{
    public static void ValidateEnv(IList<V1EnvVar>? env, FieldPath path, IssueList issues)
    {
        var list = env ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var variable = list[i] ?? new V1EnvVar();
            var itemPath = path.Index(i);
            var name = variable.Name ?? string.Empty;
            if (name.Length == 0)
            {
                issues.Required(itemPath.Child("name"), Codes.EnvNameRequired);
            }
            else
            {
                issues.Invalid(itemPath.Child("name"), Codes.EnvNameInvalid, name, NameRules.EnvVarName(name));
            }

            if (variable.ValueFrom is not null)
            {
                ValidateValueFrom(variable, itemPath.Child("valueFrom"), issues);
            }
        }
    }

    public static void ValidateEnvFrom(IList<V1EnvFromSource>? envFrom, FieldPath path, IssueList issues)
    {
        var list = envFrom ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var source = list[i] ?? new V1EnvFromSource();
            var itemPath = path.Index(i);
            if (!string.IsNullOrEmpty(source.Prefix))
            {
                issues.Invalid(itemPath.Child("prefix"), Codes.EnvFromPrefixInvalid, source.Prefix, NameRules.EnvVarName(source.Prefix));
            }

            var sources = 0;
            if (source.ConfigMapRef is not null)
            {
                sources++;
                ValidateSourceName(source.ConfigMapRef.Name, itemPath.Child("configMapRef", "name"), issues);
            }

            if (source.SecretRef is not null)
            {
                sources++;
                ValidateSourceName(source.SecretRef.Name, itemPath.Child("secretRef", "name"), issues);
            }

            if (sources == 0)
            {
                issues.Invalid(path, Codes.EnvFromNoSource, string.Empty, "must specify one of: `configMapRef` or `secretRef`");
            }
            else if (sources > 1)
            {
                issues.Invalid(path, Codes.EnvFromManySources, string.Empty, "may not have more than one field specified at a time");
            }
        }
    }

    private static void ValidateSourceName(string? name, FieldPath path, IssueList issues)
    {
        if (string.IsNullOrEmpty(name))
        {
            issues.Required(path, Codes.EnvFromNameRequired);
        }
        else
        {
            issues.Invalid(path, Codes.EnvFromNameInvalid, name, NameRules.Dns1123Subdomain(name));
        }
    }

    private static void ValidateValueFrom(V1EnvVar variable, FieldPath path, IssueList issues)
    {
        var from = variable.ValueFrom;
        var sources = 0;
        if (from.FieldRef is not null)
        {
            sources++;
            FieldRefRules.ValidateFieldRef(from.FieldRef, path.Child("fieldRef"), issues);
        }

        if (from.ResourceFieldRef is not null)
        {
            sources++;
            FieldRefRules.ValidateResourceFieldRef(from.ResourceFieldRef, path.Child("resourceFieldRef"), issues);
        }

        if (from.ConfigMapKeyRef is not null)
        {
            sources++;
            ValidateKeySelector(from.ConfigMapKeyRef.Name, from.ConfigMapKeyRef.Key, path.Child("configMapKeyRef"), issues);
        }

        if (from.SecretKeyRef is not null)
        {
            sources++;
            ValidateKeySelector(from.SecretKeyRef.Name, from.SecretKeyRef.Key, path.Child("secretKeyRef"), issues);
        }

        if (from.FileKeyRef is not null)
        {
            sources++;
        }

        if (sources == 0)
        {
            issues.Invalid(path, Codes.ValueFromNoSource, string.Empty, "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`");
        }
        else if (!string.IsNullOrEmpty(variable.Value))
        {
            issues.Invalid(path, Codes.ValueFromWithValue, string.Empty, "may not be specified when `value` is not empty");
        }
        else if (sources > 1)
        {
            issues.Invalid(path, Codes.ValueFromManySources, string.Empty, "may not have more than one field specified at a time");
        }
    }

    /// <summary>A ConfigMap or Secret key selector: the name is a DNS subdomain (an empty one fails the regex), the key a config key.</summary>
    private static void ValidateKeySelector(string? name, string? key, FieldPath path, IssueList issues)
    {
        issues.Invalid(path.Child("name"), Codes.KeyRefNameInvalid, name ?? string.Empty, NameRules.Dns1123Subdomain(name ?? string.Empty));
        if (string.IsNullOrEmpty(key))
        {
            issues.Required(path.Child("key"), Codes.KeyRefKeyRequired);
        }
        else
        {
            issues.Invalid(path.Child("key"), Codes.KeyRefKeyInvalid, key, NameRules.ConfigKey(key));
        }
    }
}
