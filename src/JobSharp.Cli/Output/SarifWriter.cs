using System.Text;
using System.Text.Json;
using JobSharp.Cli.Input;
using JobSharp.Linting;

namespace JobSharp.Cli.Output;

/// <summary>
/// Lint findings as SARIF 2.1.0, the format code-scanning tools read: the rule catalogue under
/// <c>runs[0].tool.driver.rules</c>, one result per finding, located at file and line when the finding has a source
/// location. Suppressed findings are results too, with an <c>inSource</c> suppression carrying the reason.
/// </summary>
internal static class SarifWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    public static string Write(LintReport report, string toolVersion) => Write([new LintSection(null, report)], toolVersion);

    /// <summary>The findings of several environments in one run; each result names its environment in its message and logical location.</summary>
    public static string Write(IReadOnlyList<LintSection> sections, string toolVersion)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, toolVersion);
            json.WriteStartArray("results");
            foreach (var (environment, finding) in sections.SelectMany(s => s.Report.Findings.Select(f => (s.Environment, f))))
            {
                WriteResult(json, finding, null, environment);
            }

            foreach (var (environment, suppressed) in sections.SelectMany(s => s.Report.Suppressed.Select(f => (s.Environment, f))))
            {
                WriteResult(json, suppressed.Finding, suppressed.Reason, environment);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A file path as a SARIF URI: relative paths stay relative with <c>/</c> separators, absolute ones become <c>file://</c> URIs.</summary>
    public static string ToUri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static void WriteTool(Utf8JsonWriter json, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "JobSharp");
        json.WriteString("version", toolVersion);
        json.WriteString("semanticVersion", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in LintRules.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteText(json, "shortDescription", rule.Summary);
            WriteText(json, "fullDescription", rule.Rationale);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Rationale} Fix: {rule.Fix}");
            json.WriteString("markdown", $"{rule.Rationale}\n\n**Fix:** {rule.Fix}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LintFinding finding, string? suppressionReason, string? environment)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        var index = LintRules.All.ToList().FindIndex(r => r.Id == finding.RuleId);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        var manifest = finding.Manifest;
        WriteText(json, "message", $"{ObjectNames.Describe(manifest.Kind, manifest.Name, manifest.Namespace, environment)}: {finding.Path}: {finding.Message}");
        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (finding.Location is { } location)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ToUri(location.File));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location.Line);
            json.WriteNumber("startColumn", location.Column);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", finding.Path);
        var ns = manifest.Namespace is { } n ? $"{n}/" : "";
        var env = environment is null ? string.Empty : $"{environment}/";
        json.WriteString("fullyQualifiedName", $"{env}{ns}{manifest.Kind.ToLowerInvariant()}/{manifest.Name}/{finding.Path}");
        json.WriteString("kind", "member");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        if (suppressionReason is not null)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("justification", suppressionReason);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.Warning => "warning",
        _ => "note",
    };
}
