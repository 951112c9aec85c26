using System.CommandLine;
using System.Globalization;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using JobSharp.Linting;
using k8s.Models;

namespace JobSharp.Cli.Commands;

/// <summary>
/// <c>lint</c>: practice findings the API server does not catch, with rule ids and severities, as text (compiler
/// style), JSON or SARIF 2.1.0. Exits 1 while an error-severity finding remains. Invalid objects are reported as
/// <c>validate</c> reports them (standard error) and not linted; the exit code is then 1. Only Jobs and CronJobs
/// are linted; the ConfigMaps and Secrets beside them supply the keys env references must name.
/// </summary>
internal sealed class LintCommand : ManifestCommand
{
    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Output format: text, json or sarif.",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> _kubeVersion = new("--kube-version")
    {
        Description = $"The Kubernetes version the manifests are for, such as 1.30 (default {KubeVersion.Newest}); newer fields are findings.",
    };

    public LintCommand(ManifestInput input)
        : base("lint", "Find practice problems the API server does not catch (rules JS4001 and up, see docs/lint.md).", input)
    {
        OptionRules.AcceptOnly(_format, "text", "json", "sarif");
        Options.Add(_format);
        Options.Add(_kubeVersion);
        _kubeVersion.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !KubeVersion.TryParse(text, out _))
            {
                result.AddError($"--kube-version: '{text}' is not a Kubernetes version such as 1.30.");
            }
        });
    }

    protected override int Run(ParseResult parseResult, IReadOnlyList<ManifestEntry> loaded, Diagnostics diagnostics)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var entries = OtherObjects.JobsOnly(loaded, diagnostics.Writer, Name);
        var valid = ValidOnly(entries, diagnostics, "linted");
        var options = new LintOptions
        {
            TargetVersion = parseResult.GetValue(_kubeVersion) is { } version ? KubeVersion.Parse(version) : KubeVersion.Newest,
        };

        // Each environment is linted on its own: a ConfigMap in dev says nothing about the keys prod's Jobs can read.
        var sections = loaded.Select(e => e.Environment).Distinct().Select(environment =>
        {
            var jobs = valid.Where(e => e.Environment == environment).ToList();

            // The ConfigMaps and Secrets of the same set give the keys env references are checked against (JS4018).
            var configuration = loaded.Where(e => e.Environment == environment && e.Model is V1ConfigMap or V1Secret).Select(e => (object)e.Model);
            var report = Linter.Lint(jobs.Select(e => (object)e.Model).Concat(configuration), options).WithLocations(f => Locate(jobs, f));
            return new LintSection(environment, report);
        }).ToList();

        switch (parseResult.GetValue(_format))
        {
            case "json":
                output.Write(LintJsonWriter.Write(sections));
                break;
            case "sarif":
                output.Write(SarifWriter.Write(sections, ToolVersion()));
                break;
            default:
                WriteText(output, sections);
                break;
        }

        return sections.Any(s => s.Report.HasErrors) || valid.Count < entries.Count ? ExitCodes.ManifestProblems : ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<LintSection> sections)
    {
        foreach (var (environment, finding) in sections.SelectMany(s => s.Report.Findings.Select(f => (s.Environment, f))))
        {
            output.Write(environment is null || finding.Location is not null
                ? $"{finding}\n"
                : $"{ObjectNames.Describe(finding.Manifest.Kind, finding.Manifest.Name, finding.Manifest.Namespace, environment)}: {finding.SeverityText} {finding.RuleId}: {finding.Path}: {finding.Message}\n");
        }

        var findings = sections.SelectMany(s => s.Report.Findings).ToList();
        var count = (LintSeverity severity) => findings.Count(f => f.Severity == severity);
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"{findings.Count} findings: {count(LintSeverity.Error)} errors, {count(LintSeverity.Warning)} warnings, {count(LintSeverity.Info)} info; {sections.Sum(s => s.Report.Suppressed.Count)} suppressed.\n"));
    }

    /// <summary>The field's position in its file, or the nearest enclosing field's when the field itself is not written.</summary>
    private static LintSourceLocation? Locate(IReadOnlyList<ManifestEntry> entries, LintFinding finding)
    {
        var entry = entries.FirstOrDefault(e => e.Kind == finding.Manifest.Kind && e.Name == finding.Manifest.Name
            && e.Namespace == finding.Manifest.Namespace);
        if (entry?.Locate is null)
        {
            return null;
        }

        for (var path = finding.Path; path.Length > 0; path = Parent(path))
        {
            if (entry.Locate(path) is { } position)
            {
                return new LintSourceLocation(entry.Origin, position.Line, position.Column);
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static string ToolVersion() =>
        typeof(LintCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
