using JobSharp.Linting;

namespace JobSharp.Tests.Linting;

public sealed class LintDocsTests
{
    private static readonly Lazy<string> Docs = new(() => File.ReadAllText(Repository.Path("docs", "lint.md")));

    public static TheoryData<string> RuleIds => [.. LintRules.All.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void LintMd_DocumentsTheRuleAsTheCatalogueDefinesIt(string ruleId)
    {
        var rule = LintRules.Find(ruleId)!;
        var docs = Docs.Value;

        Assert.Contains($"### {rule.Id} {rule.Name}", docs, StringComparison.Ordinal);
        Assert.Contains($"**Severity:** {rule.DefaultSeverity.ToString().ToLowerInvariant()}. **Message:** {rule.Summary}", docs, StringComparison.Ordinal);
        Assert.Contains($"**Why:** {rule.Rationale}", docs, StringComparison.Ordinal);
        Assert.Contains($"**Fix:** {rule.Fix}", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void LintMd_DocumentsNoRuleTheCatalogueLacks()
    {
        var documented = System.Text.RegularExpressions.Regex.Matches(Docs.Value, @"^### (JS\d{4}) ", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);

        Assert.Equal(LintRules.All.Select(r => r.Id), documented);
    }
}
