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

/// <summary>A key of a ConfigMap (<c>valueFrom.configMapKeyRef</c>); made by <see cref="ConfigMapRef.Key"/>.</summary>
public sealed record ConfigMapKey : EnvSource
{
    internal ConfigMapKey(ConfigMapRef configMap, string key)
    {
        ConfigMap = configMap;
        Key = key;
    }

    /// <summary>The ConfigMap.</summary>
    public ConfigMapRef ConfigMap { get; }

    /// <summary>The key within it.</summary>
    public string Key { get; }

    /// <summary>When true the pod starts even if the ConfigMap or key is missing.</summary>
    public bool IsOptional { get; private init; }

    /// <summary>The same key, marked optional: the pod starts even when it is missing.</summary>
    /// <returns>A new source.</returns>
    public ConfigMapKey Optional() => this with { IsOptional = true };

    /// <inheritdoc />
    public override V1EnvVarSource ToModel() => new()
    {
        ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = ConfigMap.Name, Key = Key, Optional = IsOptional ? true : null },
    };
}

/// <summary>A key of a Secret (<c>valueFrom.secretKeyRef</c>); made by <see cref="SecretRef.Key"/>.</summary>
public sealed record SecretKey : EnvSource
{
    internal SecretKey(SecretRef secret, string key)
    {
        Secret = secret;
        Key = key;
    }

    /// <summary>The Secret.</summary>
    public SecretRef Secret { get; }

    /// <summary>The key within it.</summary>
    public string Key { get; }

    /// <summary>When true the pod starts even if the Secret or key is missing.</summary>
    public bool IsOptional { get; private init; }

    /// <summary>The same key, marked optional: the pod starts even when it is missing.</summary>
    /// <returns>A new source.</returns>
    public SecretKey Optional() => this with { IsOptional = true };

    /// <inheritdoc />
    public override V1EnvVarSource ToModel() => new()
    {
        SecretKeyRef = new V1SecretKeySelector { Name = Secret.Name, Key = Key, Optional = IsOptional ? true : null },
    };
}
