using System.Runtime.CompilerServices;
using JobSharp.Cli;
using JobSharp.Testing.Internal;
using k8s;
using k8s.Models;

namespace JobSharp.Testing.Tests;

/// <summary>Small Jobs to snapshot, and the kit's comparison with settings the test controls.</summary>
internal static class Kit
{
    public static Job Hello { get; } = Job.Create("hello")
        .InNamespace("team")
        .WithRestartPolicy(JobRestartPolicy.Never)
        .AddContainer("hello", "busybox:1.36", c => c.WithShell("echo hello"));

    public static Job Report { get; } = Job.Create("report")
        .InNamespace("team")
        .WithRestartPolicy(JobRestartPolicy.OnFailure)
        .AddContainer("report", "busybox:1.36", c => c.WithShell("echo report"));

    public static IReadOnlyList<Job> Both { get; } = [Hello, Report];

    /// <summary>A program with two environments that differ in image and labels, under the program's own label.</summary>
    public static JobSharpApp App() => new JobSharpApp()
        .WithCommonLabel("app.kubernetes.io/part-of", "kit")
        .AddEnvironment("dev", dev => dev.WithCommonLabel("environment", "dev").Add(Hello))
        .AddEnvironment("prod", prod => prod.WithCommonLabel("environment", "prod").Add(Hello.WithContainer("hello", c => c.WithImage("busybox:1.37"))));

    /// <summary>An environment with only the given variables set.</summary>
    public static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    /// <summary>Matches into <paramref name="folder"/>, as a test in <c>KitTests.cs</c> named <paramref name="test"/>.</summary>
    public static void Match(IEnumerable<IManifestSource> manifests, string folder, Func<string, string?>? environment = null, [CallerMemberName] string test = "") =>
        SnapshotFile.Match(ManifestSnapshots.Models(manifests), "/any/where/KitTests.cs", test, new SnapshotSettings
        {
            Folder = folder,
            Environment = environment ?? Environment(),
        });

    /// <summary>Matches every environment of <paramref name="app"/> into <paramref name="folder"/>, as ManifestSnapshots.Match(app) does.</summary>
    public static void Match(JobSharpApp app, string folder, Func<string, string?>? environment = null, [CallerMemberName] string test = "") =>
        SnapshotFile.Match([.. app.Environments.Select(e => new SnapshotPart(e.Name, e.ToModels()))], "/any/where/KitTests.cs", test, new SnapshotSettings
        {
            Folder = folder,
            Environment = environment ?? Environment(),
        });

    public static string Yaml(IEnumerable<IManifestSource> manifests) =>
        Rendering.ManifestRenderer.ToYaml(manifests.Select(m => m.ToModel()));

    public static IKubernetesObject<V1ObjectMeta> Model(IManifestSource manifest) => manifest.ToModel();
}
