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

    [Theory]
    [InlineData("\"8080\"", "\"8080\"", "must contain at least one letter (a-z)")]
    [InlineData("'8080'", "\"8080\"", "must contain at least one letter (a-z)")]
    [InlineData("HTTP", "\"HTTP\"", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("0", "0", "must be between 1 and 65535, inclusive")]
    public void Validate_LoadedProbePort_IsCheckedAsTheServerReadsIt(string written, string value, string message)
    {
        var document = LoadingFiles.SingleDocument($$"""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: probe
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: main
                      image: busybox
                      readinessProbe:
                        httpGet:
                          path: /ready
                          port: {{written}}

            """);

        var issues = ManifestValidator.Validate((V1Job)document.Model).Issues;

        const string path = "spec.template.spec.containers[0].readinessProbe.httpGet.port";
        Assert.Contains(issues, i => i.Path == path && i.Value == value && i.Message == message);
        Assert.Equal(new SourceLocation(15, 15), document.Locate(path));
    }

    [Theory]
    [InlineData("8080")]
    [InlineData("http")]
    [InlineData("\"http\"")]
    public void Validate_LoadedProbePortNumberOrName_IsValid(string written)
    {
        var document = LoadingFiles.SingleDocument($$"""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: probe
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: main
                      image: busybox
                      livenessProbe:
                        tcpSocket:
                          port: {{written}}

            """);

        Assert.True(ManifestValidator.Validate((V1Job)document.Model).IsValid);
    }
}
