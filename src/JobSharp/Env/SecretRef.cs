using JobSharp.Internal;

namespace JobSharp;

/// <summary>A reference to a Secret in the Job's namespace, for env values and env imports.</summary>
/// <example><code>
/// var secret = SecretRef.Named("mysql-secret");
/// container.WithEnv("DB_PASSWORD", secret.Key("MYSQL_ROOT_PASSWORD"));
/// </code></example>
public sealed record SecretRef
{
    private SecretRef(string name) => Name = name;

    /// <summary>The Secret's name.</summary>
    public string Name { get; }

    /// <summary>Refers to the Secret called <paramref name="name"/>.</summary>
    /// <param name="name">The Secret's name.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static SecretRef Named(string name) => new(Guard.NotNull(name));

    /// <summary>One key of this Secret, as an env value source.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The source; call <see cref="SecretKey.Optional"/> to tolerate a missing key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public SecretKey Key(string key) => new(this, Guard.NotNull(key));
}
