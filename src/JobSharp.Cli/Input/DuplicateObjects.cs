using JobSharp.Cli.Output;

namespace JobSharp.Cli.Input;

/// <summary>
/// Finds objects defined more than once: the same kind, namespace and name, in one file, across files or in code
/// (in code, within one environment: the same object in two environments is normal).
/// Such a set has no meaning (render -o, apply and diff would keep only one of them), so every verb refuses it.
/// Objects with only <c>metadata.generateName</c> are never duplicates: each create gives a new name.
/// </summary>
internal static class DuplicateObjects
{
    public const string Code = "JS2905";

    /// <summary>Reports every object that repeats an earlier one, naming both places; returns how many did.</summary>
    public static int Report(IReadOnlyList<ManifestEntry> entries, Diagnostics diagnostics)
    {
        var first = new Dictionary<(string? Environment, string Kind, string Namespace, string Name), ManifestEntry>();
        var duplicates = 0;
        foreach (var entry in entries.Where(e => e.Name.Length > 0))
        {
            var key = (entry.Environment, entry.Kind.ToLowerInvariant(), entry.Namespace ?? string.Empty, entry.Name);
            if (first.TryAdd(key, entry))
            {
                continue;
            }

            duplicates++;
            var where = entry.Definition is null ? entry.Place : entry.Origin;
            diagnostics.Error(where, Code,
                $"{entry.Reference} is defined twice ({first[key].Place} and {entry.Place}); every object needs its own "
                + "kind, namespace and name, or render -o, apply and diff would keep only one of them");
        }

        return duplicates;
    }
}
