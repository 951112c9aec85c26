using System.Text;
using System.Text.Json;
using JobSharp.Linting;

namespace JobSharp.Cli.Output;

/// <summary>Lint findings as JSON for scripts: <c>{"findings": [...], "suppressed": [...]}</c>, one object per finding.</summary>
internal static class LintJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    public static string Write(LintReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                WriteFinding(json, finding, null);
            }

            json.WriteEndArray();
            json.WriteStartArray("suppressed");
            foreach (var suppressed in report.Suppressed)
            {
                WriteFinding(json, suppressed.Finding, suppressed.Reason);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteFinding(Utf8JsonWriter json, LintFinding finding, string? reason)
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
