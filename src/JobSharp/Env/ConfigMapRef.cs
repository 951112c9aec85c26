using JobSharp.Internal;

namespace JobSharp;

/// <summary>A reference to a ConfigMap in the Job's namespace, for env values and env imports.</summary>
/// <example><code>
/// var config = ConfigMapRef.Named("mysql-config");
/// container.WithEnv("DB_HOST", config.Key("DB_HOST")).AddEnvFrom(config, prefix: "MYSQL_");
/// </code></example>
public sealed record ConfigMapRef
{
    private ConfigMapRef(string name) => Name = name;

    /// <summary>The ConfigMap's name.</summary>
    public string Name { get; }

    /// <summary>Refers to the ConfigMap called <paramref name="name"/>.</summary>
    /// <param name="name">The ConfigMap's name.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static ConfigMapRef Named(string name) => new(Guard.NotNull(name));

    /// <summary>One key of this ConfigMap, as an env value source.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The source; call <see cref="ConfigMapKey.Optional"/> to tolerate a missing key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public ConfigMapKey Key(string key) => new(this, Guard.NotNull(key));
}
