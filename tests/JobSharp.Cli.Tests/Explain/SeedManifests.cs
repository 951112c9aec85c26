using k8s;
using k8s.Models;

namespace JobSharp.Cli.Tests.Explain;

/// <summary>The seed's three Jobs, loaded from the YAML fixtures in tests/JobSharp.Cli.Tests/Seed.</summary>
internal static class SeedManifests
{
    public static readonly string[] Names = ["hello-job", "db-migration", "batch-processor"];

    public static V1Job Load(string name, [System.Runtime.CompilerServices.CallerFilePath] string callerFile = "") =>
        KubernetesYaml.Deserialize<V1Job>(File.ReadAllText(PathOf(name, callerFile)));

    public static string PathOf(string name, [System.Runtime.CompilerServices.CallerFilePath] string callerFile = "") =>
        Path.Combine(Path.GetDirectoryName(callerFile)!, "..", "Seed", $"{name}.yaml");
}
