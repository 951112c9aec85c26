using JobSharp.Linting;

namespace JobSharp.Tests.Linting;

public sealed class LintRuleTests
{
    public static TheoryData<string> RuleIds => [.. LintRules.All.Select(r => r.Id)];

    [Fact]
    public void CleanManifests_TriggerNoRule()
    {
        var report = Linter.Lint([LintManifests.CleanJob(), LintManifests.CleanCronJob()]);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Cases_CoverEveryRuleOfTheCatalogue()
    {
        Assert.Equal(LintRules.All.Select(r => r.Id), LintRuleCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Lint_TriggeringManifest_ReportsTheRuleWithItsSeverity(string ruleId)
    {
        var testCase = LintRuleCases.All[ruleId];

        var report = Linter.Lint(testCase.Triggers(), testCase.Options);

        var finding = Assert.Single(report.Findings, f => f.RuleId == ruleId);
        Assert.Equal(LintRules.Find(ruleId)!.DefaultSeverity, finding.Severity);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.Matches(@"^(spec|metadata)\.", finding.Path);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Lint_NearIdenticalManifest_DoesNotReportTheRule(string ruleId)
    {
        var testCase = LintRuleCases.All[ruleId];

        var report = Linter.Lint(testCase.DoesNotTrigger(), testCase.FineOptions ?? testCase.Options);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == ruleId);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Catalogue_EveryRule_HasIdSummaryRationaleAndFix(string ruleId)
    {
        var rule = LintRules.Find(ruleId)!;

        Assert.Matches("^JS4[0-9]{3}$", rule.Id);
        Assert.Matches("^[a-z]+(-[a-z]+)*$", rule.Name);
        Assert.EndsWith(".", rule.Summary, StringComparison.Ordinal);
        Assert.True(rule.Rationale.Length > 40, rule.Id);
        Assert.True(rule.Fix.Length > 10, rule.Id);
    }

    [Fact]
    public void Catalogue_Ids_AreUniqueAndOrdered()
    {
        var ids = LintRules.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Distinct().Order(StringComparer.Ordinal), ids);
    }
}
