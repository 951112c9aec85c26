using System.CommandLine;
using System.Globalization;
using JobSharp.Cli.Commands;
using JobSharp.Cli.Input;
using JobSharp.Cli.Output;
using k8s.Models;

namespace JobSharp.Cli.Import;

/// <summary>
/// <c>import FILE... [-o FILE.cs] [--class NAME] [--namespace NS] [--allow-invalid]</c> (the tool only): the Jobs and
/// CronJobs of YAML files as one C# file written with the DSL. Invalid manifests are reported as <c>validate</c>
/// reports them and stop the import (exit 1) unless <c>--allow-invalid</c>; other kinds are left out with a note.
/// </summary>
internal sealed class ImportCommand : ManifestCommand
{
    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the C# file here (atomically) instead of to standard output.",
        HelpName = "FILE.cs",
    };

    private readonly Option<string> _class = new("--class")
    {
        Description = "The name of the generated static class.",
        DefaultValueFactory = _ => "ImportedManifests",
        HelpName = "NAME",
    };

    private readonly Option<string> _namespace = new("--namespace")
    {
        Description = "The C# namespace of the generated class.",
        DefaultValueFactory = _ => "Manifests",
        HelpName = "NS",
    };

    private readonly Option<bool> _allowInvalid = new("--allow-invalid")
    {
        Description = "Import manifests that fail validation too, with a comment at each problem.",
    };

    public ImportCommand(ManifestInput input)
        : base("import", "Write the Jobs and CronJobs of YAML files as C# code that uses the JobSharp DSL.", input)
    {
        Options.Add(_output);
        Options.Add(_class);
        Options.Add(_namespace);
        Options.Add(_allowInvalid);
        _class.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } name && !Identifiers.IsIdentifier(name))
            {
                result.AddError($"--class: \"{name}\" is not a C# identifier");
            }
        });
        _namespace.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } name && !name.Split('.').All(Identifiers.IsIdentifier))
            {
                result.AddError($"--namespace: \"{name}\" is not a C# namespace (identifiers separated by dots)");
            }
        });
        _output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { Length: 0 })
            {
                result.AddError("--output needs a file name, not an empty string");
            }
        });
    }

    protected override int Run(ParseResult parseResult, IReadOnlyList<ManifestEntry> loaded, Diagnostics diagnostics)
    {
        var error = diagnostics.Writer;
        var entries = OtherObjects.JobsOnly(loaded, TextWriter.Null, Name);
        var others = loaded.Where(e => !e.IsJobOrCronJob).ToList();
        if (others.Count > 0)
        {
            var kinds = string.Join(", ", others.Select(e => e.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            error.Write(string.Create(CultureInfo.InvariantCulture,
                $"left out {others.Count} other {(others.Count == 1 ? "object" : "objects")} ({kinds}); import writes Jobs and CronJobs only\n"));
        }

        var allowInvalid = parseResult.GetValue(_allowInvalid);
        var problems = entries.Sum(diagnostics.Report);
        if (problems > 0 && !allowInvalid)
        {
            var invalid = entries.Count(e => !e.Validation.IsValid);
            error.Write($"{invalid} of {entries.Count} manifests invalid, {problems} {(problems == 1 ? "problem" : "problems")}; nothing imported (--allow-invalid imports them with a comment at each problem).\n");
            return ExitCodes.ManifestProblems;
        }

        if (entries.Count == 0)
        {
            error.Write("error: no Jobs or CronJobs to import.\n");
            return ExitCodes.ManifestProblems;
        }

        var sources = entries.Select(e => new ImportSource(e.Model, SourceName(e), e.Validation.Issues)).ToList();
        var code = ImportRenderer.Render(ManifestImporter.Import(sources, parseResult.GetValue(_namespace)!, parseResult.GetValue(_class)!));
        var output = parseResult.GetValue(_output);
        if (output is null)
        {
            parseResult.InvocationConfiguration.Output.Write(code);
            return ExitCodes.Success;
        }

        try
        {
            AtomicFile.Write(output, code);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(output, "JS2900", $"cannot write the file: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
            return ExitCodes.UsageOrIoError;
        }

        var jobs = entries.Count(e => e.Model is V1Job);
        parseResult.InvocationConfiguration.Output.Write(string.Create(CultureInfo.InvariantCulture,
            $"wrote {output}: {jobs} {(jobs == 1 ? "Job" : "Jobs")}, {entries.Count - jobs} {(entries.Count - jobs == 1 ? "CronJob" : "CronJobs")}\n"));
        return ExitCodes.Success;
    }

    private static string SourceName(ManifestEntry entry) =>
        entry.SourceFile is { } file ? Path.GetFileName(file) : entry.Origin;
}
