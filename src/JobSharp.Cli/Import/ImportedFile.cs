namespace JobSharp.Cli.Import;

/// <summary>What <c>templates/import/file.sbn</c> lays out: one C# file with a static class of imported manifests.</summary>
internal sealed class ImportedFile
{
    /// <summary>Comment lines at the top, without <c>//</c>.</summary>
    public required IReadOnlyList<string> Header { get; init; }

    /// <summary>The namespaces the code needs, such as <c>JobSharp</c>.</summary>
    public required IReadOnlyList<string> Usings { get; init; }

    /// <summary>The file-scoped namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The class's name.</summary>
    public required string ClassName { get; init; }

    /// <summary>The shared references and volumes.</summary>
    public required IReadOnlyList<ImportField> Fields { get; init; }

    /// <summary>One property per Job and CronJob, in input order.</summary>
    public required IReadOnlyList<ImportedManifest> Manifests { get; init; }

    /// <summary>The properties' names, in input order, for <c>All</c>.</summary>
    public IReadOnlyList<string> All => [.. Manifests.Select(m => m.Property)];
}

/// <summary>One imported Job or CronJob: a static property whose value is a fluent chain.</summary>
internal sealed class ImportedManifest
{
    /// <summary>The property's name.</summary>
    public required string Property { get; init; }

    /// <summary><c>Job</c> or <c>CronJob</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The XML doc summary, already escaped.</summary>
    public required string Summary { get; init; }

    /// <summary>Comment lines above the property (problems that no call covers), without <c>//</c>.</summary>
    public List<string> Comments { get; } = [];

    /// <summary>The chain's start: <c>Job.Create("name")</c>.</summary>
    public required string Root { get; init; }

    /// <summary>The chain's calls.</summary>
    public required IReadOnlyList<ImportCall> Calls { get; init; }

    /// <summary>How many <c>Customize</c> calls the chain has, at every level.</summary>
    public int CustomizeCount => Count(Calls);

    private static int Count(IEnumerable<ImportCall> calls) =>
        calls.Sum(c => (c.Method == "Customize" ? 1 : 0) + (c.Lambda is null ? 0 : Count(c.Lambda.Calls)));
}
