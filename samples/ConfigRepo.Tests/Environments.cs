using JobSharp;
using k8s;
using k8s.Models;

namespace ConfigRepo.Tests;

/// <summary>The program's environments, freshly defined for each test.</summary>
internal static class Environments
{
    public static TheoryData<string> Names { get; } = ["dev", "staging", "prod"];

    public static DeploymentEnvironment Named(string name) => Repository.Define().Environments.Single(e => e.Name == name);

    /// <summary>What <c>render --env</c> writes for the environment: its objects with the common labels applied.</summary>
    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Models(string name) => Named(name).ToModels();
}
