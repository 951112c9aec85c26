using System.Globalization;

namespace JobSharp.Cli.Input;

/// <summary>
/// The objects beside the Jobs and CronJobs of a config repository (Deployments, ConfigMaps, Secrets, RBAC):
/// render formats them, while validate, lint, explain and the cluster verbs pass over them and say so, in one line
/// on standard error. validate also checks ConfigMaps, whose API server rules JobSharp knows.
/// </summary>
internal static class OtherObjects
{
    /// <summary>The Jobs and CronJobs of <paramref name="entries"/>; how many others there were goes to <paramref name="error"/>.</summary>
    /// <param name="entries">Everything the verb loaded.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="verb">The verb's name, for the line: <c>lint</c>.</param>
    public static IReadOnlyList<ManifestEntry> JobsOnly(IReadOnlyList<ManifestEntry> entries, TextWriter error, string verb) =>
        Select(entries, e => e.IsJobOrCronJob, error, $"{verb} works on Jobs and CronJobs only");

    /// <summary>The Jobs, CronJobs and ConfigMaps of <paramref name="entries"/>, for validate; the others are counted as by <see cref="JobsOnly"/>.</summary>
    public static IReadOnlyList<ManifestEntry> Validated(IReadOnlyList<ManifestEntry> entries, TextWriter error) =>
        Select(entries, e => e.IsValidated, error, "validate checks Jobs, CronJobs and ConfigMaps only");

    private static List<ManifestEntry> Select(IReadOnlyList<ManifestEntry> entries, Func<ManifestEntry, bool> worksOn, TextWriter error, string scope)
    {
        var selected = entries.Where(worksOn).ToList();
        if (selected.Count < entries.Count)
        {
            error.Write(Line([.. entries.Where(e => !worksOn(e)).Select(e => e.Kind)], scope));
        }

        return selected;
    }

    // passed over 3 other objects (Deployment, Secret, Service); ...: the kinds once each, sorted.
    private static string Line(IReadOnlyList<string> kinds, string scope)
    {
        var distinct = string.Join(", ", kinds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var noun = kinds.Count == 1 ? "object" : "objects";
        return string.Create(CultureInfo.InvariantCulture, $"passed over {kinds.Count} other {noun} ({distinct}); {scope}\n");
    }
}
