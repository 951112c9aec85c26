using k8s.Models;

namespace JobSharp;

/// <summary>Where an environment variable's value comes from when it is not a literal.</summary>
public abstract record EnvSource
{
    private protected EnvSource()
    {
    }

    /// <summary>Builds the model's <see cref="V1EnvVarSource"/>; a fresh object every call.</summary>
    /// <returns>A new <see cref="V1EnvVarSource"/>.</returns>
    public abstract V1EnvVarSource ToModel();
}

/// <summary>A key of a ConfigMap (<c>valueFrom.configMapKeyRef</c>).</summary>
/// <param name="ConfigMap">The ConfigMap.</param>
/// <param name="Key">The key within it.</param>
/// <param name="IsOptional">When true the pod starts even if the ConfigMap or key is missing.</param>
public sealed record ConfigMapKey(ConfigMapRef ConfigMap, string Key, bool IsOptional = false) : EnvSource
{
    /// <summary>The same key, marked optional: the pod starts even when it is missing.</summary>
    /// <returns>A new source.</returns>
    public ConfigMapKey Optional() => this with { IsOptional = true };

    /// <inheritdoc />
    public override V1EnvVarSource ToModel() => new()
    {
        ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = ConfigMap.Name, Key = Key, Optional = IsOptional ? true : null },
    };
}

/// <summary>A key of a Secret (<c>valueFrom.secretKeyRef</c>).</summary>
/// <param name="Secret">The Secret.</param>
/// <param name="Key">The key within it.</param>
/// <param name="IsOptional">When true the pod starts even if the Secret or key is missing.</param>
public sealed record SecretKey(SecretRef Secret, string Key, bool IsOptional = false) : EnvSource
{
    /// <summary>The same key, marked optional: the pod starts even when it is missing.</summary>
    /// <returns>A new source.</returns>
    public SecretKey Optional() => this with { IsOptional = true };

    /// <inheritdoc />
    public override V1EnvVarSource ToModel() => new()
    {
        SecretKeyRef = new V1SecretKeySelector { Name = Secret.Name, Key = Key, Optional = IsOptional ? true : null },
    };
}
