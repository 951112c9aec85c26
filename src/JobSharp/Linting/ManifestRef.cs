using JobSharp.Internal;

namespace JobSharp.Linting;

/// <summary>Names the object a finding is about.</summary>
/// <param name="Kind">The object's kind, such as <c>Job</c> or <c>CronJob</c>.</param>
/// <param name="Name">The object's name.</param>
/// <param name="Namespace">The object's namespace, or null when none is set.</param>
public sealed record ManifestRef(string Kind, string Name, string? Namespace)
{
    /// <summary>
    /// The object as kubectl writes it, <c>kind/name</c> in lower case, followed by its namespace when it has one:
    /// <c>job/db-migration (namespace prod)</c>. The same name in several namespaces (one per environment) stays
    /// distinguishable in every message.
    /// </summary>
    /// <returns>The reference text.</returns>
    public override string ToString() => Describe(Kind, Name, Namespace);

    /// <summary>The text <see cref="ToString"/> gives, for an object not wrapped in a reference.</summary>
    /// <param name="kind">The object's kind, such as <c>Job</c>.</param>
    /// <param name="name">The object's name.</param>
    /// <param name="namespace">The object's namespace, or null or empty when none is set.</param>
    /// <returns>The reference text.</returns>
    public static string Describe(string kind, string name, string? @namespace)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(name);
        // A name can be anything before validation has looked at it: a 1 MB one is shortened like any echoed value.
        var reference = $"{kind.ToLowerInvariant()}/{EchoText.Of(name)}";
        return string.IsNullOrEmpty(@namespace) ? reference : $"{reference} (namespace {EchoText.Of(@namespace)})";
    }
}
