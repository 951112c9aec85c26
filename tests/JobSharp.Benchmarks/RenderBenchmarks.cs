using BaselineKubernetesYaml;
using BenchmarkDotNet.Attributes;
using JobSharp.Rendering;
using JobSharpMany;
using k8s;
using k8s.Models;

namespace JobSharp.Benchmarks;

/// <summary>
/// Building, validating and rendering <see cref="Count"/> Jobs of the seed's three shapes, reported per Job
/// (<c>OperationsPerInvoke</c>). The baseline is what a C# user writes without JobSharp: the same V1Job objects,
/// each serialized with <see cref="KubernetesYaml.Serialize(object)"/>, which neither validates nor streams.
/// </summary>
[Config(typeof(QuickConfig))]
public class RenderBenchmarks
{
    private const int Count = 300;

    private readonly V1Job[] _models = [.. Enumerable.Range(0, Count).Select(i => SeedShapes.Create(i).Build())];

    /// <summary>V1Job objects written by hand, one <c>KubernetesYaml.Serialize</c> string per Job.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public long KubernetesYaml_NewV1Job_Serialize()
    {
        long length = 0;
        for (var i = 0; i < Count; i++)
        {
            length += KubernetesYaml.Serialize(SeedModels.Create(i)).Length;
        }

        return length;
    }

    /// <summary>The DSL, validation (<c>Build</c>) and one canonical YAML string per Job.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long JobSharp_Build_Validate_ToYaml()
    {
        long length = 0;
        for (var i = 0; i < Count; i++)
        {
            length += ManifestRenderer.ToYaml(SeedShapes.Create(i).Build()).Length;
        }

        return length;
    }

    /// <summary>The DSL, validation and one YAML stream for all Jobs, written as it goes (what a file gets).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long JobSharp_Build_Validate_Stream()
    {
        var counter = new CountingWriter();
        ManifestRenderer.WriteYaml(counter, Jobs());
        return counter.Length;
    }

    /// <summary>Serializing ready-made V1Job objects with <c>KubernetesYaml.Serialize</c>: rendering alone.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long KubernetesYaml_Serialize_Only()
    {
        long length = 0;
        foreach (var model in _models)
        {
            length += KubernetesYaml.Serialize(model).Length;
        }

        return length;
    }

    /// <summary>Rendering ready-made V1Job objects with JobSharp: rendering alone.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long JobSharp_ToYaml_Only()
    {
        long length = 0;
        foreach (var model in _models)
        {
            length += ManifestRenderer.ToYaml(model).Length;
        }

        return length;
    }

    private static IEnumerable<IKubernetesObject<V1ObjectMeta>> Jobs()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return SeedShapes.Create(i).Build();
        }
    }
}
