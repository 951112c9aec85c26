using k8s.Models;

namespace JobSharp.Testing.Tests;

/// <summary>
/// The public methods, as a user calls them: the verified files sit beside this file and are committed. They are
/// found in a local build and in a CI build that maps source paths (-p:ContinuousIntegrationBuild=true).
/// </summary>
public sealed class CommittedSnapshotTests
{
    [Fact]
    public void Jobs() => ManifestSnapshots.Match(Kit.Both);

    [Fact]
    public void OneJob() => ManifestSnapshots.Match(Kit.Hello);

    [Fact]
    public void Models() => ManifestSnapshots.Match(
    [
        Kit.Model(Kit.Hello),
        new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta { Name = "by-hand", NamespaceProperty = "team", Labels = new Dictionary<string, string> { ["team"] = "data" } },
            Spec = new V1JobSpec
            {
                BackoffLimit = 1,
                Template = new V1PodTemplateSpec { Spec = new V1PodSpec { RestartPolicy = "Never", Containers = [new V1Container { Name = "main", Image = "busybox:1.36" }] } },
            },
        },
    ]);

    [Fact]
    public void OneModel() => ManifestSnapshots.Match(Kit.Model(Kit.Report));

    [Fact]
    public void Program() => ManifestSnapshots.Match(Kit.App());

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Environment(string name) => ManifestSnapshots.Match(Kit.App().Environments.Single(e => e.Name == name));
}
