using JobSharp.Loading;
using JobSharp.Validation;
using k8s.Models;

namespace JobSharp.Tests.Loading;

/// <summary>What the loader's locations are for: validation issues on loaded YAML shown as FILE:LINE:COL.</summary>
public sealed class LoadThenValidateTests
{
    [Fact]
    public void Locate_ValidationIssuePaths_PointIntoTheFile()
    {
        var document = LoadingFiles.SingleDocument("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
            spec:
              parallelism: -1
              template:
                spec:
                  restartPolicy: Always
                  containers:
                    - name: migrate
                      image: busybox

            """);

        var result = ManifestValidator.Validate((V1Job)document.Model);

        Assert.False(result.IsValid);
        var located = result.Issues.Select(issue => (issue.Path, document.Locate(issue.Path))).ToList();
        Assert.Contains(("spec.parallelism", new SourceLocation(6, 3)), located);
        Assert.Contains(("spec.template.spec.restartPolicy", new SourceLocation(9, 7)), located);
    }

    [Fact]
    public void Validate_LoadedSeedJob_IsValid()
    {
        var result = ManifestLoader.LoadFile(LoadingFiles.Seed("db-migration.yaml"));

        Assert.True(ManifestValidator.Validate((V1Job)Assert.Single(result.Documents).Model).IsValid);
    }
}
