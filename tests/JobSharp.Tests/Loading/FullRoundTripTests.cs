using JobSharp.Loading;
using JobSharp.Rendering;
using JobSharp.Schema;
using k8s.Models;

namespace JobSharp.Tests.Loading;

public sealed class FullRoundTripTests
{
    public static TheoryData<string> Samples => new() { "full-job.yaml", "cronjob.yaml", "typed-values.yaml" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void LoadRenderLoad_ManyFields_GivesAnEqualModel(string name)
    {
        var first = LoadOne(File.ReadAllText(LoadingFiles.Sample(name)));

        var second = LoadOne(ManifestRenderer.ToYaml(first.Model));

        Assert.Equal(ModelJson.Of(first.Model), ModelJson.Of(second.Model));
        // KubernetesJson writes "8080" and 8080 alike; the renderer's JSON tells a port name from a port number.
        Assert.Equal(ManifestRenderer.ToJson(first.Model), ManifestRenderer.ToJson(second.Model));
    }

    [Fact]
    public void LoadRenderLoad_TypedValues_KeepTheirForms()
    {
        var first = LoadOne(File.ReadAllText(LoadingFiles.Sample("typed-values.yaml")));

        var job = (V1Job)LoadOne(ManifestRenderer.ToYaml(first.Model)).Model;

        var container = job.Spec.Template.Spec.Containers[0];
        Assert.Equal(string.Empty, job.Metadata.Annotations["empty"]);
        Assert.Equal(["", "8080"], container.Args);
        Assert.Equal([("EMPTY", ""), ("PORT", "8080")], container.Env.Select(e => (e.Name, e.Value)));
        Assert.Equal("metrics", container.LivenessProbe.HttpGet.Port.Value);
        Assert.True(IntOrStringForm.IsInteger(container.ReadinessProbe.TcpSocket.Port, out var number));
        Assert.Equal(8080, number);
        Assert.Equal("http", container.Lifecycle.PreStop.HttpGet.Port.Value);
    }

    [Fact]
    public void LoadRenderLoad_QuotedNumericPort_StaysAStringInYamlAndJson()
    {
        var first = LoadOne(File.ReadAllText(LoadingFiles.Sample("typed-values.yaml")).Replace("port: \"metrics\"", "port: \"8080\"", StringComparison.Ordinal));

        var yaml = ManifestRenderer.ToYaml(first.Model);
        var json = ManifestRenderer.ToJson(first.Model);

        Assert.Contains("              port: \"8080\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("              port: 8080\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\"port\": \"8080\"", json, StringComparison.Ordinal);
        Assert.Contains("\"port\": 8080\n", json, StringComparison.Ordinal);
        foreach (var rendered in new[] { yaml, json })
        {
            var container = ((V1Job)LoadOne(rendered).Model).Spec.Template.Spec.Containers[0];
            Assert.False(IntOrStringForm.IsInteger(container.LivenessProbe.HttpGet.Port, out _));
            Assert.Equal("8080", container.LivenessProbe.HttpGet.Port.Value);
            Assert.True(IntOrStringForm.IsInteger(container.ReadinessProbe.TcpSocket.Port, out _));
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void RenderLoadRender_ManyFields_GivesIdenticalBytes(string name)
    {
        var rendered = ManifestRenderer.ToYaml(LoadOne(File.ReadAllText(LoadingFiles.Sample(name))).Model);

        var again = ManifestRenderer.ToYaml(LoadOne(rendered).Model);

        Assert.Equal(rendered, again);
    }

    [Fact]
    public void LoadFile_FullJob_ReadsEveryKindOfField()
    {
        var job = (V1Job)LoadOne(File.ReadAllText(LoadingFiles.Sample("full-job.yaml"))).Model;

        var pod = job.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);
        Assert.Equal("team-data", job.Metadata.Annotations["owner"]);
        Assert.Equal("Runs every night.\nPages nobody.\n", job.Metadata.Annotations["note"]);
        Assert.Equal(288, pod.Volumes[0].ConfigMap.DefaultMode);
        Assert.Equal(420, pod.Volumes[0].ConfigMap.Items[0].Mode);
        Assert.NotNull(pod.Volumes[2].EmptyDir);
        Assert.Equal([42, 43], job.Spec.PodFailurePolicy.Rules[0].OnExitCodes.Values);
        Assert.Equal("True", job.Spec.PodFailurePolicy.Rules[1].OnPodConditions[0].Status);
        Assert.Equal(["--date", "2024-05-01", "yes"], container.Args);
        Assert.Equal("on", container.Env[0].Value);
        Assert.Equal("1.0", container.Env[1].Value);
        Assert.Equal("metrics", container.LivenessProbe.HttpGet.Port.Value);
        Assert.Equal("9090", container.ReadinessProbe.TcpSocket.Port.Value);
        Assert.True(container.SecurityContext.RunAsNonRoot);
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.Equal([4000L, 5000L], pod.SecurityContext.SupplementalGroups.Select(g => g));
        Assert.Equal("linux", pod.NodeSelector["kubernetes.io/os"]);
        Assert.Equal(300, pod.Tolerations[1].TolerationSeconds);
        Assert.Equal(50, pod.Affinity.NodeAffinity.PreferredDuringSchedulingIgnoredDuringExecution[0].Weight);
        Assert.Equal(["m5.large", "m5.xlarge"], pod.Affinity.NodeAffinity.RequiredDuringSchedulingIgnoredDuringExecution.NodeSelectorTerms[0].MatchExpressions[0].Values);
        Assert.Equal(2, job.Spec.SuccessPolicy.Rules[0].SucceededCount);
        Assert.Equal("0-2", job.Spec.SuccessPolicy.Rules[0].SucceededIndexes);
        Assert.Equal(3, container.Resources.Limits.Count);
    }

    [Fact]
    public void LoadFile_CronJob_ReadsTheJobTemplate()
    {
        var cron = (V1CronJob)LoadOne(File.ReadAllText(LoadingFiles.Sample("cronjob.yaml"))).Model;

        Assert.Equal("*/15 * * * *", cron.Spec.Schedule);
        Assert.False(cron.Spec.Suspend);
        Assert.Equal(2, cron.Spec.JobTemplate.Spec.BackoffLimitPerIndex);
        Assert.Equal("cleanup", cron.Spec.JobTemplate.Metadata.Labels["job"]);
        Assert.Equal("OnFailure", cron.Spec.JobTemplate.Spec.Template.Spec.RestartPolicy);
    }

    private static LoadedManifest LoadOne(string yaml)
    {
        var result = ManifestLoader.LoadString(yaml, "sample.yaml");
        Assert.Empty(result.Errors);
        return Assert.Single(result.Documents);
    }
}
