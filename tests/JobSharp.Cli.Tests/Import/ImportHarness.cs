using System.Reflection;
using JobSharp.Cli.Import;
using JobSharp.Cli.Tests.Support;
using JobSharp.Loading;
using JobSharp.Rendering;
using JobSharp.Validation;
using k8s;
using k8s.Models;
using Microsoft.CodeAnalysis;

namespace JobSharp.Cli.Tests.Import;

/// <summary>
/// The proof of import: YAML in, C# out, the C# compiled in memory with Roslyn against the JobSharp assembly, its
/// manifests built and rendered, and the YAML compared byte for byte with the canonical rendering of the input.
/// </summary>
internal static class ImportHarness
{
    /// <summary>The Jobs and CronJobs of <paramref name="result"/>; empty when it did not load cleanly.</summary>
    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> JobsIn(LoadResult result) =>
        result.Succeeded ? [.. result.Documents.Select(d => d.Model).Where(m => m is V1Job or V1CronJob)] : [];

    /// <summary>The C# file import writes for <paramref name="models"/>, problems commented as with <c>--allow-invalid</c>.</summary>
    public static string Import(IEnumerable<IKubernetesObject<V1ObjectMeta>> models, string source, string @namespace = "Manifests", string className = "ImportedManifests")
    {
        var sources = models.Select(m => new ImportSource(m, source, ManifestValidator.Validate(m).Issues)).ToList();
        return ImportRenderer.Render(ManifestImporter.Import(sources, @namespace, className));
    }

    /// <summary>Compiles <paramref name="files"/> as one library, nullable on; the assembly, or null with the errors.</summary>
    public static (Assembly? Assembly, IReadOnlyList<Diagnostic> Diagnostics) Compile(IEnumerable<string> files)
    {
        var compilation = InMemoryCompilation.Create("Imported" + Guid.NewGuid().ToString("N"), OutputKind.DynamicallyLinkedLibrary, files);
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        var diagnostics = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (emitted.Success ? Assembly.Load(stream.ToArray()) : null, diagnostics);
    }

    /// <summary>The <c>All</c> list of the class <paramref name="fullName"/> in <paramref name="assembly"/>.</summary>
    public static IReadOnlyList<IManifestSource> All(Assembly assembly, string fullName)
    {
        var type = assembly.GetType(fullName) ?? throw new InvalidOperationException($"{fullName} is not in the compiled code.");
        return (IReadOnlyList<IManifestSource>)type.GetProperty("All")!.GetValue(null)!;
    }

    /// <summary>What the imported manifests render: built (validated) when the input was valid, as models otherwise.</summary>
    public static string Render(IReadOnlyList<IManifestSource> imported, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> inputs) =>
        ManifestRenderer.ToYaml(imported.Select((m, i) => ManifestValidator.Validate(inputs[i]).IsValid ? m.Build() : m.ToModel()));

    /// <summary>How many <c>Customize</c> calls the code makes.</summary>
    public static int CustomizeCalls(string code) =>
        code.Split('\n').Count(line => line.TrimStart().StartsWith(".Customize(", StringComparison.Ordinal));
}
