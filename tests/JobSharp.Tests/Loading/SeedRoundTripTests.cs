using JobSharp.Loading;
using JobSharp.Rendering;
using k8s.Models;

namespace JobSharp.Tests.Loading;

public sealed class SeedRoundTripTests
{
    public static TheoryData<string> SeedFiles => new() { "hello-job.yaml", "db-migration.yaml", "batch-processor.yaml" };

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void LoadFile_SeedJob_RendersBackByteForByte(string name)
    {
        var path = LoadingFiles.Seed(name);

        var result = ManifestLoader.LoadFile(path);

        Assert.Empty(result.Errors);
        var document = Assert.Single(result.Documents);
        Assert.IsType<V1Job>(document.Model);
        Assert.Equal(path, document.SourceName);
        Assert.Equal(File.ReadAllText(path), ManifestRenderer.ToYaml(document.Model));
    }

    [Fact]
    public void LoadString_AllSeedJobsInOneStream_RendersTheSameStream()
    {
        var stream = string.Join("---\n", SeedFiles.Select(row => File.ReadAllText(LoadingFiles.Seed(row.Data))));

        var result = ManifestLoader.LoadString(stream, "all.yaml");

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Documents.Count);
        Assert.Equal([0, 1, 2], result.Documents.Select(d => d.DocumentIndex));
        Assert.Equal(stream, ManifestRenderer.ToYaml(result.Documents.Select(d => d.Model)));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void LoadString_SeedJobWithCrlfLineEndings_RendersTheLfOriginal(string name)
    {
        var text = File.ReadAllText(LoadingFiles.Seed(name));

        var result = ManifestLoader.LoadString(text.Replace("\n", "\r\n", StringComparison.Ordinal), name);

        Assert.Equal(text, ManifestRenderer.ToYaml(Assert.Single(result.Documents).Model));
    }

    [Fact]
    public void LoadFile_DbMigration_KeepsEveryValue()
    {
        var job = (V1Job)ManifestLoader.LoadFile(LoadingFiles.Seed("db-migration.yaml")).Documents[0].Model;

        Assert.Equal("batch/v1", job.ApiVersion);
        Assert.Equal("Job", job.Kind);
        Assert.Equal("myspace", job.Metadata.NamespaceProperty);
        Assert.Equal(3, job.Spec.BackoffLimit);
        var container = Assert.Single(job.Spec.Template.Spec.Containers);
        Assert.Equal("shubhamm18/diffpods:01", container.Image);
        Assert.Equal("echo \"Running DB migration...\"\nnode migrate.js\necho \"Migration complete\"\n", container.Command[2]);
        Assert.Equal("MYSQL_ROOT_PASSWORD", container.Env[1].ValueFrom.SecretKeyRef.Key);
    }
}
