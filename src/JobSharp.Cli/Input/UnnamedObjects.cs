using JobSharp.Cli.Output;

namespace JobSharp.Cli.Input;

/// <summary>
/// Objects with only <c>metadata.generateName</c>: valid, and rendered to standard output as they are, but they
/// have no file of their own under <c>render -o</c> and nothing for server-side apply, status, logs or delete to
/// find them by.
/// </summary>
internal static class UnnamedObjects
{
    public const string Code = "JS2906";

    /// <summary>Reports every object without a name, saying why <paramref name="verb"/> needs one; returns how many.</summary>
    public static int Report(IEnumerable<ManifestEntry> entries, Diagnostics diagnostics, string verb)
    {
        var unnamed = 0;
        foreach (var entry in entries.Where(e => e.Name.Length == 0))
        {
            unnamed++;
            var where = entry.Definition is null ? entry.Place : entry.Origin;
            diagnostics.Error(where, Code,
                $"{entry.Reference} has no metadata.name, only generateName: {verb}; set metadata.name");
        }

        return unnamed;
    }
}
