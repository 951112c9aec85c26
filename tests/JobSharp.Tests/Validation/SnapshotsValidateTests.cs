using JobSharp.Loading;
using JobSharp.Rendering;
using JobSharp.Tests.Dsl;
using JobSharp.Tests.Loading;
using JobSharp.Validation;
using k8s.Models;

namespace JobSharp.Tests.Validation;

public sealed class SnapshotsValidateTests
{
    public static TheoryData<string> SnapshotFiles =>
    [
        .. Directory.EnumerateFiles(RepoPaths.DslSnapshots, "*.verified.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepoPaths.DslSnapshots, path))
            .Order(StringComparer.Ordinal),
    ];

    public static TheoryData<string> LoaderSamples =>
    [
        .. new[] { LoadingFiles.Folder, Path.GetDirectoryName(LoadingFiles.Seed("hello-job.yaml"))! }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(SnapshotFiles))]
    public void Snapshot_LoadsValidatesCleanAndReRendersIdentically(string relativePath)
    {
        AssertCanonicalAndValid(Path.Combine(RepoPaths.DslSnapshots, relativePath));
    }

    [Theory]
    [MemberData(nameof(LoaderSamples))]
    public void LoaderSample_LoadsAndValidatesClean(string relativePath)
    {
        var result = ManifestLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, relativePath));

        Assert.Empty(result.Errors);
        Assert.All(result.Documents, d => Assert.Empty(Validate(d).Issues));
    }

    private static void AssertCanonicalAndValid(string path)
    {
        var result = ManifestLoader.LoadFile(path);

        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.Documents);
        Assert.All(result.Documents, d => Assert.Empty(Validate(d).Issues));
        Assert.Equal(File.ReadAllText(path), ManifestRenderer.ToYaml(result.Documents.Select(d => d.Model)));
    }

    private static ValidationResult Validate(LoadedManifest manifest) => manifest.Model switch
    {
        V1Job job => ManifestValidator.Validate(job),
        V1CronJob cronJob => ManifestValidator.Validate(cronJob),
        _ => throw new InvalidOperationException(manifest.Model.GetType().Name),
    };
}
