using System.Text;
using System.Text.Json;
using JobSharp.Linting;

namespace JobSharp.Cli.Output;

/// <summary>Lint findings as JSON for scripts: <c>{"findings": [...], "suppressed": [...]}</c>, one object per finding.</summary>
internal static class LintJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    public static string Write(LintReport report) => Write([new LintSection(null, report)]);

    /// <summary>The findings of several environments in one document, each finding naming its <c>environment</c>.</summary>
    public static string Write(IReadOnlyList<LintSection> sections)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var (environment, finding) in sections.SelectMany(s => s.Report.Findings.Select(f => (s.Environment, f))))
            {
                WriteFinding(json, finding, null, environment);
            }

            json.WriteEndArray();
            json.WriteStartArray("suppressed");
            foreach (var (environment, suppressed) in sections.SelectMany(s => s.Report.Suppressed.Select(f => (s.Environment, f))))
            {
                WriteFinding(json, suppressed.Finding, suppressed.Reason, environment);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteFinding(Utf8JsonWriter json, LintFinding finding, string? reason, string? environment)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", finding.SeverityText);
        json.WriteString("kind", finding.Manifest.Kind);
        json.WriteString("name", finding.Manifest.Name);
        if (finding.Manifest.Namespace is { } ns)
        {
            json.WriteString("namespace", ns);
        }

        if (environment is not null)
        {
            json.WriteString("environment", environment);
        }

        json.WriteString("path", finding.Path);
        json.WriteString("message", finding.Message);
        if (finding.Location is { } location)
        {
            json.WriteString("file", location.File);
            json.WriteNumber("line", location.Line);
            json.WriteNumber("column", location.Column);
        }

        if (reason is not null)
        {
            json.WriteString("reason", reason);
        }

        json.WriteEndObject();
    }
}

/// <summary>The lint report of one environment (null: a program without environments, or files).</summary>
/// <param name="Environment">The environment's name.</param>
/// <param name="Report">What lint found in it.</param>
internal sealed record LintSection(string? Environment, LintReport Report);
