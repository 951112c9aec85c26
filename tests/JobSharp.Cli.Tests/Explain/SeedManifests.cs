using k8s;
using k8s.Models;

namespace JobSharp.Cli.Tests.Explain;

/// <summary>The seed's three Jobs, loaded from the YAML fixtures in tests/JobSharp.TestSupport/Seed.</summary>
internal static class SeedManifests
{
    public static readonly string[] Names = ["hello-job", "db-migration", "batch-processor"];

    public static V1Job Load(string name) => KubernetesYaml.Deserialize<V1Job>(File.ReadAllText(PathOf(name)));

    /// <summary>The fixture as the test project copies it next to its binaries.</summary>
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Seed", $"{name}.yaml");
}
