using System.Globalization;
using JobSharp.Loading;
using JobSharp.Rendering;
using k8s;
using k8s.Models;

namespace JobSharp.Cli.Tests.Import;

/// <summary>
/// Every YAML fixture of the repository that loads, imported, compiled with Roslyn, built and rendered, gives back
/// exactly the canonical YAML of its Jobs and CronJobs; invalid ones are imported as with <c>--allow-invalid</c>.
/// </summary>
public sealed class FixtureRoundTripTests
{
    /// <summary>
    /// The <c>Customize</c> calls the fixtures need: the fields the DSL has no method for (and the invalid values it
    /// refuses). A change that makes the importer or the DSL say less with the DSL makes this grow and fails; when a
    /// change lowers it, lower it here too.
    /// </summary>
    private const int PinnedCustomizeCalls = 20;

    private static readonly Lazy<IReadOnlyList<Fixture>> Fixtures = new(LoadFixtures);

    /// <summary>
    /// The one difference code cannot avoid (docs/import.md): an int-or-string written as a quoted number, which
    /// KubernetesClient sends as a number when it is set from code. The API server refuses it as a port anyway.
    /// </summary>
    private static readonly Dictionary<string, Func<string, string>> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["tests/JobSharp.Cli.Tests/Hostile/Corpus/types/quoted-port.yaml"] = yaml => yaml.Replace("port: \"8080\"", "port: 8080", StringComparison.Ordinal),
    };

    [Fact]
    public void Fixtures_AreFound_SoTheRoundTripCoversThem()
    {
        Assert.True(Fixtures.Value.Count >= 100, $"only {Fixtures.Value.Count} fixtures with Jobs or CronJobs found under {Repository.Root}");
        Assert.Contains(Fixtures.Value, f => f.Models.Any(m => m is V1CronJob));
        Assert.Contains(Fixtures.Value, f => f.Name.EndsWith("db-migration.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_EveryFixture_CompilesWithoutWarningsAndRendersTheInputExactly()
    {
        var fixtures = Fixtures.Value;
        var (assembly, diagnostics) = ImportHarness.Compile(fixtures.Select(f => f.Code));

        Assert.True(diagnostics.Count == 0, string.Join('\n', diagnostics.Take(20)));
        var mismatches = new List<string>();
        foreach (var fixture in fixtures)
        {
            var imported = ImportHarness.All(assembly!, $"{fixture.Namespace}.ImportedManifests");
            var expected = ManifestRenderer.ToYaml(fixture.Models);
            if (KnownDifferences.TryGetValue(fixture.Name, out var known))
            {
                Assert.NotEqual(expected, known(expected));
                expected = known(expected);
            }

            var actual = ImportHarness.Render(imported, fixture.Models);
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                mismatches.Add($"{fixture.Name}:\n--- expected\n{expected}--- actual\n{actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {fixtures.Count} fixtures differ:\n{string.Join('\n', mismatches.Take(3))}");
    }

    [Fact]
    public void Import_Fixtures_NeedNoMoreCustomizeCallsThanPinned()
    {
        var count = Fixtures.Value.Sum(f => ImportHarness.CustomizeCalls(f.Code));

        Assert.True(count == PinnedCustomizeCalls, $"the fixtures' imports make {count} Customize calls; {PinnedCustomizeCalls} are pinned. "
            + (count > PinnedCustomizeCalls ? "Import says less with the DSL than before." : "Lower PinnedCustomizeCalls to the new count."));
    }

    private static List<Fixture> LoadFixtures()
    {
        var files = Directory.EnumerateFiles(Repository.Root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !Ignored(Path.GetRelativePath(Repository.Root, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();
        var fixtures = new List<Fixture>();
        foreach (var file in files)
        {
            var models = ImportHarness.JobsIn(ManifestLoader.LoadFile(file));
            if (models.Count > 0)
            {
                var name = Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');
                var ns = string.Create(CultureInfo.InvariantCulture, $"Fixture{fixtures.Count}");
                fixtures.Add(new Fixture(name, ns, models, ImportHarness.Import(models, Path.GetFileName(file), ns)));
            }
        }

        return fixtures;
    }

    private static bool Ignored(string path) =>
        path.Split('/').Any(part => part is "bin" or "obj" or ".git" or "node_modules") || path.Contains(".received.", StringComparison.Ordinal);

    private sealed record Fixture(string Name, string Namespace, IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Models, string Code);
}
