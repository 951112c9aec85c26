namespace JobSharp.Tests.Dsl;

public sealed class VolumeTests
{
    private static readonly Volume Cache = Volume.EmptyDir("cache");

    [Fact]
    public void Build_VolumeMountedByTwoContainers_DeclaresItOnce()
    {
        var model = Job.Create("v")
            .AddInitContainer("fill", "busybox:1.36", c => c.AddVolumeMount(Cache, "/cache"))
            .AddContainer("main", "busybox:1.36", c => c.AddVolumeMount(Cache, "/cache", readOnly: true))
            .Build();

        Assert.Equal("cache", Assert.Single(model.Spec.Template.Spec.Volumes).Name);
    }

    [Fact]
    public void Build_DeclaredAndMountedVolume_KeepsTheDeclaredPosition()
    {
        var other = Volume.EmptyDir("other");
        var model = Job.Create("v")
            .AddVolume(other)
            .AddVolume(Cache)
            .AddContainer("main", "busybox:1.36", c => c.AddVolumeMount(Cache, "/cache").AddVolumeMount(other, "/other"))
            .Build();

        Assert.Equal(["other", "cache"], model.Spec.Template.Spec.Volumes.Select(v => v.Name));
    }

    [Fact]
    public void AddItem_OnEmptyDir_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Cache.AddItem("a", "b"));

    [Fact]
    public void Optional_OnPersistentVolumeClaim_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Volume.FromPersistentVolumeClaim("d", "claim").Optional());

    [Fact]
    public void AddItem_OnServiceAccountTokenProjection_Throws() =>
        Assert.Throws<InvalidOperationException>(() => VolumeProjection.ServiceAccountToken("t").AddItem("a", "b"));

    [Fact]
    public void FromSecret_BuildsSecretName()
    {
        var model = Volume.FromSecret("creds", SecretRef.Named("db")).ToModel();

        Assert.Equal("db", model.Secret.SecretName);
        Assert.Null(model.EmptyDir);
    }
}
