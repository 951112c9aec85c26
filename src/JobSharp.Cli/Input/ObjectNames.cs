using JobSharp.Linting;

namespace JobSharp.Cli.Input;

/// <summary>How messages name an object: <c>job/NAME (namespace NS, environment ENV)</c>.</summary>
internal static class ObjectNames
{
    /// <summary>
    /// <see cref="ManifestRef.Describe"/> with the environment added, so that the same object in dev and prod stays
    /// distinguishable in every message.
    /// </summary>
    public static string Describe(string kind, string name, string? @namespace, string? environment)
    {
        var reference = ManifestRef.Describe(kind, name, @namespace);
        return environment is null ? reference
            : reference.EndsWith(')') ? $"{reference[..^1]}, environment {environment})"
            : $"{reference} (environment {environment})";
    }
}
