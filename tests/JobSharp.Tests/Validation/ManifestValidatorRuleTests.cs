using System.Reflection;
using JobSharp.KubernetesRules;
using JobSharp.Validation;

namespace JobSharp.Tests.Validation;

/// <summary>One row per rule: a valid sample with only that rule broken is rejected where the server rejects it.</summary>
public sealed class ManifestValidatorRuleTests
{
    public static TheoryData<string> CaseNames => new(RuleCases.ByName.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_OneRuleBroken_ReportsThatRule(string caseName)
    {
        var rule = RuleCases.ByName[caseName];
        Assert.SkipWhen(
            rule.NeedsTimeZoneDatabase && !TimeZoneNames.CanCheckDatabase,
            "This machine has no IANA time zone database (install tzdata), so unknown zones cannot be told from known ones.");

        var issues = Run(rule, broken: true);

        var matches = issues.Where(i => i.Code == rule.Code && i.Path == rule.Path).ToList();
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Equal(rule.Kind, m.Kind));
        if (rule.Message is not null)
        {
            Assert.Contains(rule.Message, matches.Select(m => m.Message));
        }

        var allowed = rule.AlsoCodes.Append(rule.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(issues, i => Assert.Contains(i.Code, allowed));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_SameSampleUnbroken_Passes(string caseName)
    {
        var rule = RuleCases.ByName[caseName];

        Assert.Empty(Run(rule, broken: false));
    }

    [Fact]
    public void RuleCases_EveryCode_HasARow()
    {
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!);
        var covered = RuleCases.ByName.Values.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(string.Empty, string.Join(", ", codes.Where(code => !covered.Contains(code))));
    }

    [Fact]
    public void ValidationCodes_Values_AreUniqueAndWellFormed()
    {
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^JS1[0-6][0-9]{2}$", c));
    }

    private static IReadOnlyList<ValidationIssue> Run(RuleCase rule, bool broken)
    {
        if (rule.BreakConfigMap is not null)
        {
            var configMap = ConfigMap.Create("app-config").InNamespace("shop").WithData("APP_MODE", "batch").WithData("app.yaml", "a: 1\n").ToModel();
            if (broken)
            {
                rule.BreakConfigMap(configMap);
            }

            return ManifestValidator.Validate(configMap).Issues;
        }

        if (rule.BreakCron is not null)
        {
            var cronJob = Samples.CronJob();
            if (broken)
            {
                rule.BreakCron(cronJob);
            }

            return ManifestValidator.Validate(cronJob).Issues;
        }

        var job = Samples.Job();
        if (broken)
        {
            rule.Break!(job);
        }

        return ManifestValidator.Validate(job).Issues;
    }
}
