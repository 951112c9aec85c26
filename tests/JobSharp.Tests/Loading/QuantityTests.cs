using System.Text.RegularExpressions;
using JobSharp.KubernetesRules;
using JobSharp.Rendering;
using k8s.Models;

namespace JobSharp.Tests.Loading;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("1.5Gi")]
    [InlineData("129e6")]
    [InlineData("100m")]
    [InlineData("1e3")]
    [InlineData("64Mi")]
    [InlineData("2")]
    [InlineData("0.5")]
    public void LoadString_Quantity_KeepsTheAuthorsSpelling(string quantity)
    {
        var yaml = Job($"""
                      resources:
                        limits:
                          memory: {quantity}
            """);

        var document = LoadingFiles.SingleDocument(yaml);

        var limit = ((V1Job)document.Model).Spec.Template.Spec.Containers[0].Resources.Limits["memory"];
        Assert.Equal(quantity, QuantitySpelling.Of(limit));
        // The renderer quotes a quantity that a YAML reader would take for a number; the spelling stays.
        Assert.Matches($"\n {{14}}memory: \"?{Regex.Escape(quantity)}\"?\n", ManifestRenderer.ToYaml(document.Model));
    }

    [Fact]
    public void LoadString_QuotedQuantity_IsReadAsAQuantity()
    {
        var document = LoadingFiles.SingleDocument(Job("""
                      resources:
                        requests:
                          cpu: "250m"
            """));

        var request = ((V1Job)document.Model).Spec.Template.Spec.Containers[0].Resources.Requests["cpu"];
        Assert.Equal("250m", QuantitySpelling.Of(request));
    }

    [Theory]
    [InlineData("12 GB")]
    [InlineData("lots")]
    [InlineData("1e999999")]
    [InlineData("true")]
    public void LoadString_BadQuantity_IsAnError(string quantity)
    {
        var error = LoadingFiles.SingleError(Job($"""
                      resources:
                        limits:
                          memory: {quantity}
            """));

        Assert.True(error.Code is "JS2014" or "JS2012", error.ToString());
        Assert.Equal("spec.template.spec.containers[0].resources.limits[memory]", error.Path);
        Assert.Equal(17, error.Line);
        Assert.Equal(23, error.Column);
    }

    [Fact]
    public void LoadString_EmptyDirSizeLimit_KeepsItsSpelling()
    {
        var document = LoadingFiles.SingleDocument("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: j
            spec:
              template:
                spec:
                  restartPolicy: Never
                  volumes:
                    - name: scratch
                      emptyDir:
                        sizeLimit: 1.5Gi
                  containers:
                    - name: c
                      image: busybox

            """);

        Assert.Contains("sizeLimit: 1.5Gi\n", ManifestRenderer.ToYaml(document.Model), StringComparison.Ordinal);
    }

    /// <summary>A canonical Job whose only container ends with <paramref name="containerTail"/> (indented 10 spaces).</summary>
    private static string Job(string containerTail) => $"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: j
          namespace: ns
        spec:
          completions: 1
          parallelism: 1
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: c
                  image: busybox
        {containerTail}

        """;
}
