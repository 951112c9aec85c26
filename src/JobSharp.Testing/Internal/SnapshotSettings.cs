namespace JobSharp.Testing.Internal;

/// <summary>
/// What a snapshot comparison reads from outside: the environment, the source roots, the folder. The public methods
/// use <see cref="Default"/>; the kit's own tests pass their own, so that they run in parallel without touching the
/// process environment or the repository.
/// </summary>
internal sealed record SnapshotSettings
{
    /// <summary>The environment variable that accepts every received result.</summary>
    public const string AcceptVariable = "JOBSHARP_ACCEPT";

    /// <summary>The process's environment, the loaded assemblies' source roots, no fixed folder.</summary>
    public static SnapshotSettings Default { get; } = new();

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The source root mappings of a CI build; null reads them from the loaded assemblies.</summary>
    public IReadOnlyList<SourceRoot>? SourceRoots { get; init; }

    /// <summary>Where to look for the source tree when no recorded mapping finds the caller's file.</summary>
    public IReadOnlyList<string>? SearchFrom { get; init; }

    /// <summary>The folder for the snapshot files; null uses the folder of the caller's source file.</summary>
    public string? Folder { get; init; }

    /// <summary>Whether <c>JOBSHARP_ACCEPT</c> is <c>1</c> or <c>true</c> (any case).</summary>
    public bool Accept =>
        Environment(AcceptVariable)?.Trim() is { } value
        && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
