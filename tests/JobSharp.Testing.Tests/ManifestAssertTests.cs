using JobSharp.Linting;
using k8s.Models;

namespace JobSharp.Testing.Tests;

public sealed class ManifestAssertTests
{
    [Fact]
    public void AllValid_ValidJobsAndOtherKinds_Passes() =>
        ManifestAssert.AllValid([Kit.Hello, Kit.Model(Kit.Report), new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "c" } }]);

    [Fact]
    public void AllValid_InvalidObjects_FailsWithEveryDiagnosticAndItsPath()
    {
        var noImage = new V1Job
        {
            ApiVersion = "batch/v1",
            Kind = "Job",
            Metadata = new V1ObjectMeta { Name = "Bad_Name", NamespaceProperty = "team" },
            Spec = new V1JobSpec { Template = new V1PodTemplateSpec { Spec = new V1PodSpec { RestartPolicy = "Never", Containers = [new V1Container { Name = "main" }] } } },
        };

        var error = Assert.Throws<ManifestAssertionException>(() => ManifestAssert.AllValid([Kit.Hello, noImage]));

        Assert.StartsWith("1 of 2 manifests are invalid:\njob/Bad_Name (namespace team):\n  JS", error.Message, StringComparison.Ordinal);
        Assert.Contains(": metadata.name: Invalid value: \"Bad_Name\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(": spec.template.spec.containers[0].image: Required value", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("job/hello", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllValid_InvalidConfigMapModel_Fails()
    {
        var error = Assert.Throws<ManifestAssertionException>(() =>
            ManifestAssert.AllValid([new V1ConfigMap { ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = "Bad_Name" } }]));

        Assert.Contains("configmap/Bad_Name:", error.Message, StringComparison.Ordinal);
        Assert.Contains("metadata.name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllValid_Null_IsRefused() =>
        Assert.Throws<ArgumentNullException>(() => ManifestAssert.AllValid([Kit.Hello, null!]));

    [Fact]
    public void NoLintFindings_WarningsPresent_FailsListingEachWithItsPath()
    {
        // Neither Job sets ttlSecondsAfterFinished (JS4001, a warning).
        var error = Assert.Throws<ManifestAssertionException>(() => ManifestAssert.NoLintFindings(Kit.Both));

        Assert.Matches(@"^\d+ lint findings at warning or above:\n", error.Message);
        Assert.Contains("\n  job/hello (namespace team): warning JS4001: spec.ttlSecondsAfterFinished: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("\n  job/report (namespace team): warning JS4001: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(": info ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoLintFindings_OnlyBelowTheSeverity_Passes() =>
        ManifestAssert.NoLintFindings(Kit.Both, LintSeverity.Error);

    [Fact]
    public void NoLintFindings_ErrorAsked_FailsOnAnError()
    {
        var literal = Kit.Hello.WithContainer("hello", c => c.WithEnv("DB_PASSWORD", "hunter2"));

        var error = Assert.Throws<ManifestAssertionException>(() => ManifestAssert.NoLintFindings([literal], LintSeverity.Error));

        Assert.StartsWith("1 lint finding at error or above:\n  job/hello (namespace team): error JS4006: ", error.Message, StringComparison.Ordinal);
    }
}
