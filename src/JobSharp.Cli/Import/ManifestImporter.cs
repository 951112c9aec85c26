using System.Security;
using System.Text.RegularExpressions;
using JobSharp.Validation;
using k8s;
using k8s.Models;

namespace JobSharp.Cli.Import;

/// <summary>One Job or CronJob to import, with where it came from and the problems to write beside it.</summary>
/// <param name="Model">The loaded model.</param>
/// <param name="Source">The file it came from, for the property's summary (a file name, never a full path).</param>
/// <param name="Problems">Validation problems, written as comments (<c>--allow-invalid</c>); empty for valid input.</param>
internal sealed record ImportSource(IKubernetesObject<V1ObjectMeta> Model, string Source, IReadOnlyList<ValidationIssue> Problems);

/// <summary>
/// Imports Jobs and CronJobs into one <see cref="ImportedFile"/>, and checks that each property builds exactly the
/// model it came from.
/// </summary>
internal static partial class ManifestImporter
{
    /// <summary>The file for <paramref name="sources"/>, in order.</summary>
    /// <exception cref="InvalidOperationException">The code would not build its input exactly (a bug in the importer).</exception>
    public static ImportedFile Import(IReadOnlyList<ImportSource> sources, string @namespace, string className)
    {
        var identifiers = new Identifiers();
        identifiers.Reserve(className);
        identifiers.Reserve("All");
        var properties = sources.Select(s => identifiers.Allocate(
            s.Model.Metadata?.Name ?? s.Model.Metadata?.GenerateName ?? s.Model.Kind,
            $"{s.Model.Metadata?.Name}-{s.Model.Kind}",
            $"{s.Model.Metadata?.Name}-{s.Model.Metadata?.NamespaceProperty}-{s.Model.Kind}")).ToList();
        var fields = new ImportFields(identifiers);
        var manifests = sources.Select((source, i) => ImportOne(source, properties[i], fields)).ToList();
        // A reference only a dropped volume used is not written: an unused private field is a warning.
        var calls = string.Join('\n', manifests.SelectMany(m => Texts(m.Calls)));
        var volumes = fields.All.Where(f => f.Type == nameof(Volume) && Mentions(calls, f.Name)).ToList();
        var used = string.Join('\n', volumes.Select(v => v.Value).Prepend(calls));
        var allFields = fields.All.Where(f => f.Type == nameof(Volume) ? volumes.Contains(f) : Mentions(used, f.Name)).ToList();
        var sourcesText = string.Join(", ", sources.Select(s => s.Source).Distinct(StringComparer.Ordinal));
        return new ImportedFile
        {
            Header = [$"Imported by jobsharp import from {sourcesText}.", "Each property renders exactly the YAML it was imported from."],
            Usings = Usings(manifests),
            Namespace = @namespace,
            ClassName = className,
            Fields = allFields,
            Manifests = manifests,
        };
    }

    private static ImportedManifest ImportOne(ImportSource source, string property, ImportFields fields)
    {
        var (type, root, calls, built) = source.Model switch
        {
            V1Job job => ImportJob(job, fields, property),
            V1CronJob cronJob => ImportCronJob(cronJob, fields, property),
            _ => throw new ArgumentException($"Only Jobs and CronJobs are imported, not {source.Model.Kind}.", nameof(source)),
        };
        if (!Canonical.Same(source.Model, built))
        {
            throw new InvalidOperationException($"The imported code for {Describe(source.Model)} does not build the same manifest; please report this with the input.");
        }

        var manifest = new ImportedManifest
        {
            Property = property,
            Type = type,
            Summary = SecurityElement.Escape($"{Describe(source.Model)}, from {source.Source}."),
            Root = root,
            Calls = calls,
        };
        foreach (var problem in source.Problems)
        {
            var text = $"{problem.Code}: {problem.Path}: {problem.Description}";
            if (Covering(calls, Paths(problem.Path, type)) is { } call)
            {
                call.Comments.Add(text);
            }
            else
            {
                manifest.Comments.Add(text);
            }
        }

        return manifest;
    }

    private static (string, string, IReadOnlyList<ImportCall>, object) ImportJob(V1Job job, ImportFields fields, string property)
    {
        var importer = JobImporter.Import(job, fields, property);
        return ("Job", importer.Root, importer.Recipe.Calls, importer.Recipe.Build().ToModel());
    }

    private static (string, string, IReadOnlyList<ImportCall>, object) ImportCronJob(V1CronJob cronJob, ImportFields fields, string property)
    {
        var (root, calls, recipe) = CronJobImporter.Import(cronJob, fields, property);
        return ("CronJob", root, calls, recipe.Build().ToModel());
    }

    private static string Describe(IKubernetesObject<V1ObjectMeta> model)
    {
        var name = $"{model.Kind?.ToLowerInvariant()}/{model.Metadata?.Name ?? model.Metadata?.GenerateName}";
        return model.Metadata?.NamespaceProperty is { } ns ? $"{name} (namespace {ns})" : name;
    }

    /// <summary>The paths a call may carry for a problem at <paramref name="path"/>: a CronJob's template fields are the Job's.</summary>
    private static string[] Paths(string path, string type)
    {
        const string Template = "spec.jobTemplate.";
        return type == "CronJob" && path.StartsWith(Template, StringComparison.Ordinal) ? [path, path[Template.Length..]] : [path];
    }

    /// <summary>The call, at any depth, whose field is the longest prefix of one of <paramref name="paths"/>.</summary>
    private static ImportCall? Covering(IEnumerable<ImportCall> calls, string[] paths)
    {
        ImportCall? best = null;
        foreach (var call in Flatten(calls))
        {
            if (call.Field is { } field && paths.Any(p => p == field || p.StartsWith(field + ".", StringComparison.Ordinal) || p.StartsWith(field + "[", StringComparison.Ordinal))
                && (best?.Field is null || field.Length > best.Field.Length))
            {
                best = call;
            }
        }

        return best;
    }

    private static IEnumerable<ImportCall> Flatten(IEnumerable<ImportCall> calls) =>
        calls.SelectMany(c => c.Lambda is null ? [c] : Flatten(c.Lambda.Calls).Prepend(c));

    private static bool Mentions(string code, string name) => Regex.IsMatch(code, $@"\b{name}\b", RegexOptions.CultureInvariant);

    private static IEnumerable<string> Texts(IEnumerable<ImportCall> calls) => Flatten(calls).Select(c => c.Arguments);

    /// <summary><c>JobSharp</c>, and <c>k8s.Models</c> (or <c>System.Globalization</c>) when a <c>Customize</c> names their types.</summary>
    private static List<string> Usings(IEnumerable<ImportedManifest> manifests)
    {
        var code = StringLiteral().Replace(string.Join('\n', manifests.SelectMany(m => Flatten(m.Calls)).Where(c => c.Method == "Customize").Select(c => c.Arguments)), "\"\"");
        var usings = new List<string> { "JobSharp" };
        if (ModelType().IsMatch(code))
        {
            usings.Add("k8s.Models");
        }

        if (code.Contains("CultureInfo.", StringComparison.Ordinal))
        {
            usings.Insert(0, "System.Globalization");
        }

        return usings;
    }

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b(?:V[0-9]+[A-Za-z]\w*|IntOrString|ResourceQuantity)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ModelType();
}
