namespace JobSharp.Linting;

/// <summary>Names the object a finding is about.</summary>
/// <param name="Kind">The object's kind, such as <c>Job</c> or <c>CronJob</c>.</param>
/// <param name="Name">The object's name.</param>
/// <param name="Namespace">The object's namespace, or null when none is set.</param>
public sealed record ManifestRef(string Kind, string Name, string? Namespace)
{
    /// <summary>The object as <c>kind/name</c> in lower case, the way kubectl writes it: <c>job/db-migration</c>.</summary>
    /// <returns>The reference text.</returns>
    public override string ToString() => $"{Kind.ToLowerInvariant()}/{Name}";
}
