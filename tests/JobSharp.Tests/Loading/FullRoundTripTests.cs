using JobSharp.Loading;
using JobSharp.Rendering;
using k8s.Models;

namespace JobSharp.Tests.Loading;

public sealed class FullRoundTripTests
{
    public static TheoryData<string> Samples => new() { "full-job.yaml", "cronjob.yaml" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void LoadRenderLoad_ManyFields_GivesAnEqualModel(string name)
    {
        var first = LoadOne(File.ReadAllText(LoadingFiles.Sample(name)));

        var second = LoadOne(ManifestRenderer.ToYaml(first.Model));

        Assert.Equal(ModelJson.Of(first.Model), ModelJson.Of(second.Model));
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
