using BenchmarkDotNet.Attributes;
using JobSharp.Loading;
using JobSharp.Rendering;
using JobSharp.Validation;
using JobSharpMany;
using k8s;
using k8s.Models;

namespace JobSharp.Benchmarks;

/// <summary>
/// Loading a YAML stream of <see cref="Count"/> Jobs of the seed's three shapes, reported per Job: JobSharp's strict
/// loader plus validation, against <see cref="KubernetesYaml.LoadAllFromString"/>, which neither checks fields
/// nor validates.
/// </summary>
[Config(typeof(QuickConfig))]
public class LoadBenchmarks
{
    private const int Count = 300;

    private readonly string _yaml = ManifestRenderer.ToYaml(Enumerable.Range(0, Count).Select(i => SeedShapes.Create(i).Build()));

    /// <summary>KubernetesClient's deserializer: V1Job objects from the stream, no checks.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int KubernetesYaml_LoadAllFromString() => KubernetesYaml.LoadAllFromString(_yaml).Count;

    /// <summary>JobSharp's loader (strict fields, positions for messages) and the API server's checks.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int JobSharp_Load_Validate()
    {
        var result = ManifestLoader.LoadString(_yaml, "jobs.yaml");
        var valid = 0;
        foreach (var document in result.Documents)
        {
            if (document.Model is V1Job job && ManifestValidator.Validate(job).IsValid)
            {
                valid++;
            }
        }

        return result.Succeeded ? valid : -1;
    }
}
