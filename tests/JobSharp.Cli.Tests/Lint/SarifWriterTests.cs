using System.Text.Json;
using JobSharp.Cli.Output;
using JobSharp.Linting;
using SeedJobs;

namespace JobSharp.Cli.Tests.Lint;

public sealed class SarifWriterTests
{
    private static LintReport SeedReport() =>
        Linter.Lint(SeedJobDefinitions.All.Select(j => (object)j.ToModel()))
            .WithLocations(f => f.Path == "spec.template.spec.containers[0].image"
                ? new LintSourceLocation($"deploy/my space/{f.Manifest.Name}.yaml", 14, 11)
                : null);

    [Fact]
    public void Write_SeedFindings_IsSarif210WithToolRulesAndResults()
    {
        using var sarif = JsonDocument.Parse(SarifWriter.Write(SeedReport(), "0.1.0"));

        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("JobSharp", driver.GetProperty("name").GetString());
        Assert.Equal(LintRules.All.Select(r => r.Id), driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in driver.GetProperty("rules").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(SeedReport().Findings.Count, results.Count);
        foreach (var result in results)
        {
            var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(LintRules.All[ruleIndex].Id, result.GetProperty("ruleId").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            Assert.NotEmpty(result.GetProperty("locations").EnumerateArray());
        }
    }

    [Fact]
    public void Write_FindingWithSourceLocation_PointsAtFileAndLine()
    {
        using var sarif = JsonDocument.Parse(SarifWriter.Write(SeedReport(), "0.1.0"));

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "JS4004");
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("deploy/my%20space/hello-job.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(14, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(11, physical.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("warning", result.GetProperty("level").GetString());
    }

    [Fact]
    public void Write_FindingWithoutLocation_HasOnlyALogicalLocation()
    {
        using var sarif = JsonDocument.Parse(SarifWriter.Write(SeedReport(), "0.1.0"));

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "JS4001");
        var location = result.GetProperty("locations")[0];
        Assert.False(location.TryGetProperty("physicalLocation", out _));
        Assert.Equal(
            "myspace/job/hello-job/spec.ttlSecondsAfterFinished",
            location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Write_SuppressedFinding_CarriesAnInSourceSuppressionWithTheReason()
    {
        var report = Linter.Lint(SeedJobDefinitions.Hello.SuppressLint("JS4001", "deleted by the smoke-test script"));

        using var sarif = JsonDocument.Parse(SarifWriter.Write(report, "0.1.0"));

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "JS4001");
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("deleted by the smoke-test script", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void Write_InfoSeverity_IsANote()
    {
        using var sarif = JsonDocument.Parse(SarifWriter.Write(SeedReport(), "0.1.0"));

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "JS4012");
        Assert.Equal("note", result.GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("jobs/a.yaml", "jobs/a.yaml")]
    [InlineData(@"jobs\b c.yaml", "jobs/b%20c.yaml")]
    [InlineData("/srv/jobs/a.yaml", "file:///srv/jobs/a.yaml")]
    public void ToUri_Paths_BecomeSarifUris(string path, string uri)
    {
        Assert.Equal(uri, SarifWriter.ToUri(path));
    }
}
