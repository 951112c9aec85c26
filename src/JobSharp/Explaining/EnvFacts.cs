namespace JobSharp.Explaining;

/// <summary>Where one environment variable (or one import of a whole ConfigMap or Secret) of a container comes from.</summary>
public sealed record EnvFacts
{
    /// <summary>The container's name.</summary>
    public required string Container { get; init; }

    /// <summary>The variable's name; null for an import of every key (<c>envFrom</c>).</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The source: <c>value</c> (a literal), <c>configMapKey</c>, <c>secretKey</c>, <c>configMap</c> or <c>secret</c>
    /// (every key, from envFrom), <c>field</c> (the pod's own fields), <c>resource</c> (the container's requests or limits).
    /// </summary>
    public required string Source { get; init; }

    /// <summary>The ConfigMap's or Secret's name; for <c>field</c> and <c>resource</c>, the field path or resource.</summary>
    public string? From { get; init; }

    /// <summary>The key within the ConfigMap or Secret.</summary>
    public string? Key { get; init; }

    /// <summary>The prefix put before every imported key (envFrom).</summary>
    public string? Prefix { get; init; }

    /// <summary>True when the pod starts even if the source is missing.</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// The literal value, with the password of any URL in it masked (<c>postgres://app:****@db/app</c>) and a long
    /// value shortened to its start and length; null when the source is not a literal, or when <see cref="Hidden"/>.
    /// </summary>
    public string? Value { get; init; }

    /// <summary>True when a literal value is not shown because the name looks like a credential.</summary>
    public bool Hidden { get; init; }
}
