namespace JobSharp.Tests.Validation;

/// <summary>Every rule case, by name, for theory data.</summary>
internal static class RuleCases
{
    public static readonly IReadOnlyDictionary<string, RuleCase> ByName =
        MetadataCases.All()
            .Concat(JobSpecCases.All())
            .Concat(PolicyCases.All())
            .Concat(PodCases.All())
            .Concat(EnvPortCases.All())
            .Concat(VolumeResourceCases.All())
            .Concat(CronJobCases.All())
            .Concat(ConfigMapCases.All())
            .ToDictionary(c => c.Name, StringComparer.Ordinal);
}
