using System.Globalization;
using JobSharp.Rendering;
using k8s;
using k8s.Models;

namespace JobSharp.Tests.Rendering;

public sealed class ManifestRendererTests
{
    [Fact]
    public void ToYaml_RenderedJob_DeserializesWithKubernetesClientIntoAnEqualModel()
    {
        var built = RenderingTestData.Migration.Build();

        var parsed = KubernetesYaml.Deserialize<V1Job>(ManifestRenderer.ToYaml(built));

        Assert.Equal(KubernetesJson.Serialize(built), KubernetesJson.Serialize(parsed));
    }

    [Fact]
    public void ToJson_RenderedJob_DeserializesWithKubernetesClientIntoAnEqualModel()
    {
        var built = RenderingTestData.Migration.Build();

        var parsed = KubernetesJson.Deserialize<V1Job>(ManifestRenderer.ToJson(built));

        Assert.Equal(KubernetesJson.Serialize(built), KubernetesJson.Serialize(parsed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    public void ToYaml_AnyCulture_GivesIdenticalBytes(string culture)
    {
        var expected = Render(CultureInfo.InvariantCulture);

        Assert.Equal(expected, Render(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void ToYaml_Output_IsLfOnlyWithOneFinalNewline()
    {
        var yaml = RenderingTestData.Migration.ToYaml();

        Assert.DoesNotContain('\r', yaml);
        Assert.EndsWith("\n", yaml, StringComparison.Ordinal);
        Assert.False(yaml.EndsWith("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void ToYaml_ModelWithStatusAndEmptyFields_LeavesThemOut()
    {
        var job = RenderingTestData.Migration.Build();
        job.Status = new V1JobStatus { Active = 1 };
        job.Metadata.CreationTimestamp = null;
        job.Metadata.Finalizers = [];
        job.Spec.Template.Spec.NodeSelector = new Dictionary<string, string>();

        var yaml = ManifestRenderer.ToYaml(job);

        Assert.DoesNotContain("status", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("creationTimestamp", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("finalizers", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("nodeSelector", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_EmptyObject_IsKeptAsEmptyMapping()
    {
        var job = Job.Create("scratch")
            .AddContainer("main", "busybox:1.36")
            .Customize(j => j.Spec.Template.Spec.Volumes = [new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource() }])
            .Build();

        Assert.Contains("      volumes:\n        - name: scratch\n          emptyDir: {}\n", ManifestRenderer.ToYaml(job), StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_FieldsTheDslDoesNotOffer_AreRenderedInDeclarationOrder()
    {
        var job = Job.Create("custom")
            .AddContainer("main", "busybox:1.36")
            .Customize(j =>
            {
                j.Spec.Suspend = true;
                j.Spec.CompletionMode = "Indexed";
                j.Spec.Completions = 3;
                j.Spec.Template.Spec.ServiceAccountName = "runner";
            })
            .Build();

        var yaml = ManifestRenderer.ToYaml(job);

        Assert.Contains("spec:\n  completions: 3\n  completionMode: Indexed\n  suspend: true\n  template:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      serviceAccountName: runner\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_Labels_AreSortedOrdinally()
    {
        var job = Job.Create("labels").AddContainer("main", "busybox:1.36")
            .WithLabel("b", "2").WithLabel("B", "1").WithLabel("a", "3");

        Assert.Contains("  labels:\n    B: \"1\"\n    a: \"3\"\n    b: \"2\"\n", job.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToYaml_SeveralObjects_AreSeparatedByDocumentMarkers()
    {
        var one = Job.Create("one").AddContainer("main", "busybox:1.36").Build();
        var two = Job.Create("two").AddContainer("main", "busybox:1.36").Build();

        var yaml = ManifestRenderer.ToYaml([one, two]);

        Assert.StartsWith("apiVersion: batch/v1\n", yaml, StringComparison.Ordinal);
        Assert.Single(yaml.Split('\n'), line => line == "---");
    }

    [Fact]
    public void KeyOrder_EveryListedName_ExistsOnItsModelType()
    {
        foreach (var (type, names) in KeyOrder.Entries)
        {
            var known = ModelShape.Of(type).Select(f => f.Name).ToHashSet();
            var unknown = names.Where(n => !known.Contains(n) && n != "status");
            Assert.True(!unknown.Any(), $"{type.Name}: {string.Join(", ", unknown)}");
        }
    }

    private static string Render(CultureInfo culture)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return RenderingTestData.Migration.ToYaml() + RenderingTestData.Migration.ToJson();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
