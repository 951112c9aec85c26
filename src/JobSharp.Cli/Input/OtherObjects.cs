using System.Globalization;

namespace JobSharp.Cli.Input;

/// <summary>
/// The objects beside the Jobs and CronJobs of a config repository (Deployments, ConfigMaps, Secrets, RBAC):
/// render formats them, while validate, lint, explain and the cluster verbs pass over them and say so, in one line
/// on standard error.
/// </summary>
internal static class OtherObjects
{
    /// <summary>The Jobs and CronJobs of <paramref name="entries"/>; how many others there were goes to <paramref name="error"/>.</summary>
    /// <param name="entries">Everything the verb loaded.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="verb">The verb's name, for the line: <c>validate</c>.</param>
    public static IReadOnlyList<ManifestEntry> JobsOnly(IReadOnlyList<ManifestEntry> entries, TextWriter error, string verb)
    {
        var jobs = entries.Where(e => e.IsJobOrCronJob).ToList();
        if (jobs.Count < entries.Count)
        {
            error.Write(Line(entries.Where(e => !e.IsJobOrCronJob).ToList(), verb));
        }

        return jobs;
    }

    /// <summary><c>passed over 3 other objects (ConfigMap, Deployment, Service); ...</c>: the kinds once each, sorted.</summary>
    public static string Line(IReadOnlyList<ManifestEntry> others, string verb)
    {
        var kinds = string.Join(", ", others.Select(e => e.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var noun = others.Count == 1 ? "object" : "objects";
        return string.Create(CultureInfo.InvariantCulture, $"passed over {others.Count} other {noun} ({kinds}); {verb} works on Jobs and CronJobs only\n");
    }
}
