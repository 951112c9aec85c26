using JobSharp.Internal;
using k8s.Models;

namespace JobSharp;

public sealed partial class Container
{
    /// <summary>
    /// Sets the environment variable <paramref name="name"/> to a literal value. A variable of that name that is
    /// already set is replaced where it stands; otherwise it is appended. Use a <see cref="SecretRef"/> key for
    /// anything secret.
    /// </summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Container WithEnv(string name, string value) =>
        SetEnv(new EnvEntry(Guard.NotNull(name), Guard.NotNull(value), null));

    /// <summary>
    /// Sets the environment variable <paramref name="name"/> from a ConfigMap or Secret key
    /// (<c>valueFrom</c>). A variable of that name that is already set is replaced where it stands.
    /// </summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="source">Where the value comes from, e.g. <c>SecretRef.Named("db").Key("password")</c>.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Container WithEnv(string name, EnvSource source) =>
        SetEnv(new EnvEntry(Guard.NotNull(name), null, Guard.NotNull(source)));

    /// <summary>Removes the environment variable <paramref name="name"/>, if it is set.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Container WithoutEnv(string name)
    {
        Guard.NotNull(name);
        return new(_state with { Env = _state.Env.RemoveAll(e => e.Name == name) });
    }

    /// <summary>Imports every key of a ConfigMap as environment variables (<c>envFrom</c>).</summary>
    /// <param name="configMap">The ConfigMap.</param>
    /// <param name="prefix">Put in front of every key, such as <c>DB_</c>; none when null.</param>
    /// <param name="optional">When true the pod starts even if the ConfigMap is missing.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configMap"/> is null.</exception>
    public Container AddEnvFrom(ConfigMapRef configMap, string? prefix = null, bool optional = false) =>
        new(_state with { EnvFrom = _state.EnvFrom.Add(new EnvImport(Guard.NotNull(configMap).Name, null, prefix, optional)) });

    /// <summary>Imports every key of a Secret as environment variables (<c>envFrom</c>).</summary>
    /// <param name="secret">The Secret.</param>
    /// <param name="prefix">Put in front of every key, such as <c>DB_</c>; none when null.</param>
    /// <param name="optional">When true the pod starts even if the Secret is missing.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public Container AddEnvFrom(SecretRef secret, string? prefix = null, bool optional = false) =>
        new(_state with { EnvFrom = _state.EnvFrom.Add(new EnvImport(null, Guard.NotNull(secret).Name, prefix, optional)) });

    /// <summary>Stops importing the keys of a ConfigMap (<c>envFrom</c>): every import of it is removed, whatever its prefix.</summary>
    /// <param name="configMap">The ConfigMap.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configMap"/> is null.</exception>
    public Container WithoutEnvFrom(ConfigMapRef configMap)
    {
        var name = Guard.NotNull(configMap).Name;
        return new(_state with { EnvFrom = _state.EnvFrom.RemoveAll(e => e.ConfigMap == name) });
    }

    /// <summary>Stops importing the keys of a Secret (<c>envFrom</c>): every import of it is removed, whatever its prefix.</summary>
    /// <param name="secret">The Secret.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public Container WithoutEnvFrom(SecretRef secret)
    {
        var name = Guard.NotNull(secret).Name;
        return new(_state with { EnvFrom = _state.EnvFrom.RemoveAll(e => e.Secret == name) });
    }

    /// <summary>
    /// Exposes an Indexed Job's completion index as <paramref name="name"/>, read from the pod's
    /// <c>batch.kubernetes.io/job-completion-index</c> annotation through the downward API.
    /// </summary>
    /// <param name="name">The variable's name; <c>JOB_COMPLETION_INDEX</c> by default.</param>
    /// <returns>A new container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Container WithCompletionIndexEnv(string name = "JOB_COMPLETION_INDEX") => WithEnv(name, PodField.CompletionIndex);

    private Container SetEnv(EnvEntry entry)
    {
        var index = _state.Env.FindIndex(e => e.Name == entry.Name);
        return new(_state with { Env = index < 0 ? _state.Env.Add(entry) : _state.Env.SetItem(index, entry) });
    }

    private sealed record EnvEntry(string Name, string? Value, EnvSource? Source)
    {
        public V1EnvVar ToModel() => new() { Name = Name, Value = Value, ValueFrom = Source?.ToModel() };
    }

    private sealed record EnvImport(string? ConfigMap, string? Secret, string? Prefix, bool Optional)
    {
        public V1EnvFromSource ToModel() => new()
        {
            Prefix = Prefix,
            ConfigMapRef = ConfigMap is null ? null : new V1ConfigMapEnvSource { Name = ConfigMap, Optional = Optional ? true : null },
            SecretRef = Secret is null ? null : new V1SecretEnvSource { Name = Secret, Optional = Optional ? true : null },
        };
    }
}
