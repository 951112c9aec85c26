using JobSharp.Internal;
using JobSharp.KubernetesRules;
using k8s.Models;

namespace JobSharp.Linting;

/// <summary>JS4004, JS4005, JS4006, JS4018: images, resources and env of every container.</summary>
internal static class ContainerRules
{
    public static void Check(LintScope scope)
    {
        foreach (var (container, path, _) in scope.Containers)
        {
            var name = container.Name ?? "";
            if (container.Image is { Length: > 0 } image && ImageReference.Parse(image).IsMutable)
            {
                var what = ImageReference.Parse(image).Tag is null ? "has no tag" : "uses the tag latest";
                scope.Report(LintRules.MutableImageTag, $"{path}.image",
                    $"container \"{EchoText.Of(name)}\" image \"{EchoText.Of(image)}\" {what} and no digest: pods of this Job may run different versions of it");
            }

            CheckResources(scope, container, path, name);
            CheckEnv(scope, container, path, name);
        }
    }

    private static void CheckResources(LintScope scope, V1Container container, string path, string name)
    {
        var requests = container.Resources?.Requests;
        var limits = container.Resources?.Limits;
        var missing = new List<string>();
        if (!Has(requests, "cpu") && !Has(limits, "cpu"))
        {
            missing.Add("CPU request");
        }

        if (!Has(requests, "memory") && !Has(limits, "memory"))
        {
            missing.Add("memory request");
        }

        if (!Has(limits, "memory"))
        {
            missing.Add("memory limit");
        }

        if (missing.Count > 0)
        {
            scope.Report(LintRules.MissingResources, $"{path}.resources",
                $"container \"{EchoText.Of(name)}\" has no {TextList.Or(missing)}");
        }
    }

    private static bool Has(IDictionary<string, ResourceQuantity>? map, string key) => map?.ContainsKey(key) == true;

    private static void CheckEnv(LintScope scope, V1Container container, string path, string name)
    {
        var index = 0;
        foreach (var env in container.Env ?? [])
        {
            var envPath = $"{path}.env[{index++}]";
            if (env.ValueFrom is null && !string.IsNullOrEmpty(env.Value) && !IsReference(env.Value)
                && CredentialNames.LooksLikeCredential(env.Name))
            {
                scope.Report(LintRules.LiteralCredential, $"{envPath}.value",
                    $"container \"{EchoText.Of(name)}\" env var {EchoText.Of(env.Name ?? "")} looks like a credential but has a literal value; reference a Secret key instead");
            }
            else if (env.ValueFrom is null && CredentialValues.HasUrlPassword(env.Value))
            {
                scope.Report(LintRules.LiteralCredential, $"{envPath}.value",
                    $"container \"{EchoText.Of(name)}\" env var {EchoText.Of(env.Name ?? "")} has a literal URL with a password; reference a Secret key instead");
            }

            if (env.ValueFrom?.ConfigMapKeyRef is { Optional: not true } cm && cm.Name is { } cmName && cm.Key is { } cmKey
                && scope.Context.ConfigMapKeys(cmName, scope.Object.Namespace) is { } cmKeys && !cmKeys.Contains(cmKey))
            {
                scope.Report(LintRules.MissingConfigKey, $"{envPath}.valueFrom.configMapKeyRef.key",
                    $"container \"{EchoText.Of(name)}\" env var {EchoText.Of(env.Name ?? "")} needs key \"{cmKey}\" of ConfigMap {cmName}, which has {Keys(cmKeys)}");
            }

            if (env.ValueFrom?.SecretKeyRef is { Optional: not true } sk && sk.Name is { } skName && sk.Key is { } skKey
                && scope.Context.SecretKeys(skName, scope.Object.Namespace) is { } skKeys && !skKeys.Contains(skKey))
            {
                scope.Report(LintRules.MissingConfigKey, $"{envPath}.valueFrom.secretKeyRef.key",
                    $"container \"{EchoText.Of(name)}\" env var {EchoText.Of(env.Name ?? "")} needs key \"{skKey}\" of Secret {skName}, which has {Keys(skKeys)}");
            }
        }
    }

    /// <summary>A value that is only a reference to another variable, such as <c>$(DB_PASSWORD)</c>, holds no secret.</summary>
    private static bool IsReference(string value) =>
        value.StartsWith("$(", StringComparison.Ordinal) && value.EndsWith(')') && value.IndexOf(')', StringComparison.Ordinal) == value.Length - 1;

    private static string Keys(IReadOnlySet<string> keys) =>
        keys.Count == 0 ? "no keys" : $"only {TextList.And(keys.Order(StringComparer.Ordinal).Select(k => $"\"{k}\""))}";
}
