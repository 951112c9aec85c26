using System.Runtime.CompilerServices;
using JobSharp.Cli;
using JobSharp.Testing.Internal;
using k8s;
using k8s.Models;

namespace JobSharp.Testing;

/// <summary>
/// Snapshot tests for manifests, in any test framework. <c>Match</c> renders the objects as canonical YAML
/// (<see cref="Rendering.ManifestRenderer"/>, the bytes <c>jobsharp render</c> writes) and compares them with
/// <c>CLASS.METHOD.verified.yaml</c> beside the calling test's source file, CLASS being the file's name.
/// <list type="bullet">
/// <item>Equal: the test passes, and a stale <c>CLASS.METHOD.received.yaml</c> is deleted.</item>
/// <item>Different or missing: the result is written to <c>CLASS.METHOD.received.yaml</c> and a
/// <see cref="SnapshotMismatchException"/> holds a unified diff per object and the command that accepts it.</item>
/// <item>With <c>JOBSHARP_ACCEPT=1</c> in the environment the result is accepted: written to the verified file,
/// the received file deleted, and the test passes.</item>
/// </list>
/// Commit the verified files; ignore <c>*.received.*</c> in git.
/// </summary>
/// <remarks>
/// One call per test method: the method's name names the file. Match renders without validating; check validity
/// with <see cref="ManifestAssert.AllValid"/>. A CI build with <c>ContinuousIntegrationBuild=true</c> maps source
/// paths; the package's build/JobSharp.Testing.targets records the mapping, so snapshots are found there too.
/// </remarks>
/// <example><code>
/// [Fact]
/// public void Nightly() => ManifestSnapshots.Match(Jobs.All);   // NightlyTests.Nightly.verified.yaml
/// </code></example>
public static class ManifestSnapshots
{
    /// <summary>Compares objects written with the DSL with the calling test's snapshot.</summary>
    /// <param name="manifests">The Jobs and CronJobs, in the order the snapshot lists them.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the calling test method's name.</param>
    /// <exception cref="SnapshotMismatchException">The snapshot differs or is missing, and <c>JOBSHARP_ACCEPT</c> is not set.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    public static void Match(IEnumerable<IManifestSource> manifests, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(manifests);
        SnapshotFile.Match(Models(manifests), sourceFile, testName, SnapshotSettings.Default);
    }

    /// <summary>Compares one object written with the DSL with the calling test's snapshot.</summary>
    /// <param name="manifest">The Job or CronJob.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the calling test method's name.</param>
    /// <exception cref="SnapshotMismatchException">The snapshot differs or is missing, and <c>JOBSHARP_ACCEPT</c> is not set.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    public static void Match(IManifestSource manifest, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(manifest);
        SnapshotFile.Match(Models([manifest]), sourceFile, testName, SnapshotSettings.Default);
    }

    /// <summary>Compares Kubernetes objects (any <c>k8s.Models</c> object) with the calling test's snapshot.</summary>
    /// <param name="manifests">The objects, in the order the snapshot lists them.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the calling test method's name.</param>
    /// <exception cref="SnapshotMismatchException">The snapshot differs or is missing, and <c>JOBSHARP_ACCEPT</c> is not set.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="manifests"/> or one of its items is null.</exception>
    public static void Match(IEnumerable<IKubernetesObject<V1ObjectMeta>> manifests, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(manifests);
        SnapshotFile.Match([.. manifests], sourceFile, testName, SnapshotSettings.Default);
    }

    /// <summary>Compares one Kubernetes object (any <c>k8s.Models</c> object) with the calling test's snapshot.</summary>
    /// <param name="manifest">The object.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the calling test method's name.</param>
    /// <exception cref="SnapshotMismatchException">The snapshot differs or is missing, and <c>JOBSHARP_ACCEPT</c> is not set.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="manifest"/> is null.</exception>
    public static void Match(IKubernetesObject<V1ObjectMeta> manifest, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(manifest);
        SnapshotFile.Match([manifest], sourceFile, testName, SnapshotSettings.Default);
    }

    /// <summary>
    /// Compares everything a program renders with the calling test's snapshots: one file per environment,
    /// <c>CLASS.METHOD.ENV.verified.yaml</c> (the objects <c>render --env ENV</c> writes, common labels and
    /// annotations included), or <c>CLASS.METHOD.verified.yaml</c> for a program without environments. Every
    /// environment is compared before one exception reports all the differences.
    /// </summary>
    /// <param name="app">The program, as its <c>Main</c> builds it.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the calling test method's name.</param>
    /// <exception cref="SnapshotMismatchException">A snapshot differs or is missing, and <c>JOBSHARP_ACCEPT</c> is not set.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="app"/> is null.</exception>
    public static void Match(JobSharpApp app, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(app);
        SnapshotPart[] snapshots = app.Environments.Count == 0
            ? [new SnapshotPart(null, app.ToModels())]
            : [.. app.Environments.Select(e => new SnapshotPart(e.Name, e.ToModels()))];
        SnapshotFile.Match(snapshots, sourceFile, testName, SnapshotSettings.Default);
    }

    /// <summary>
    /// Compares one environment with the calling test's snapshot <c>CLASS.METHOD.ENV.verified.yaml</c>: the objects
    /// <c>render --env ENV</c> writes, with the program's common labels and annotations once the environment is added
    /// to it. A theory over environment names gets one file per environment.
    /// </summary>
    /// <param name="environment">The environment.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the calling test method's name.</param>
    /// <exception cref="SnapshotMismatchException">The snapshot differs or is missing, and <c>JOBSHARP_ACCEPT</c> is not set.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="environment"/> is null.</exception>
    public static void Match(DeploymentEnvironment environment, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(environment);
        SnapshotFile.Match([new SnapshotPart(environment.Name, environment.ToModels())], sourceFile, testName, SnapshotSettings.Default);
    }

    internal static List<IKubernetesObject<V1ObjectMeta>> Models(IEnumerable<IManifestSource> manifests) =>
        [.. manifests.Select(m => (m ?? throw new ArgumentNullException(nameof(manifests), "No manifest may be null.")).ToModel())];
}
