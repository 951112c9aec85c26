using JobSharp.Linting;
using JobSharp.Validation;

namespace JobSharp.Tests.Dsl;

/// <summary>The one grammar: <c>With*</c> sets or replaces, <c>Add*</c> appends, <c>Without*</c> removes.</summary>
public sealed class GrammarTests
{
    private static readonly Job Base = Job.Create("grammar")
        .AddContainer("app", "busybox:1.36", c => c.WithCommand("true"));

    [Fact]
    public void AddEnvFrom_Appends_AndWithoutEnvFrom_RemovesEveryImportOfThatObject()
    {
        var config = ConfigMapRef.Named("app-config");
        var secret = SecretRef.Named("app-secret");
        var container = Container.Create("c", "busybox")
            .AddEnvFrom(config)
            .AddEnvFrom(secret, prefix: "S_")
            .AddEnvFrom(config, prefix: "AGAIN_");

        Assert.Equal(3, container.ToModel().EnvFrom.Count);

        var withoutConfig = container.WithoutEnvFrom(config).ToModel();
        Assert.Equal("app-secret", Assert.Single(withoutConfig.EnvFrom).SecretRef.Name);
        Assert.Null(container.WithoutEnvFrom(config).WithoutEnvFrom(secret).ToModel().EnvFrom);
    }

    [Fact]
    public void WithHardenedSecurity_OnAContainer_SetsThePreset()
    {
        var hardened = Container.Create("c", "busybox").WithHardenedSecurity().ToModel().SecurityContext;

        Assert.Equal(ContainerSecurityContext.Hardened.ToModel().ReadOnlyRootFilesystem, hardened.ReadOnlyRootFilesystem);
        Assert.Equal(["ALL"], hardened.Capabilities.Drop);
        Assert.DoesNotContain(typeof(Container).GetMethods(), m => m.Name == "Hardened");
    }

    [Fact]
    public void WithoutVolumeMount_RemovesTheMount_AndTheVolumeNobodyMounts()
    {
        var cache = Volume.EmptyDir("cache");
        var job = Base.WithContainer("app", c => c.AddVolumeMount(cache, "/cache").AddVolumeMount(Volume.EmptyDir("tmp"), "/tmp"));

        var model = job.WithContainer("app", c => c.WithoutVolumeMount("/cache")).Build().Spec.Template.Spec;

        Assert.Equal("/tmp", Assert.Single(model.Containers[0].VolumeMounts).MountPath);
        Assert.Equal("tmp", Assert.Single(model.Volumes).Name);
    }

    [Fact]
    public void WithoutNodeSelector_RemovesOneEntry()
    {
        var job = Base.WithNodeSelector("kubernetes.io/arch", "amd64").WithNodeSelector("disk", "ssd");

        var selector = job.WithoutNodeSelector("disk").Build().Spec.Template.Spec.NodeSelector;

        Assert.Equal(["kubernetes.io/arch"], selector.Keys);
        Assert.Null(job.WithoutNodeSelector("disk").WithoutNodeSelector("kubernetes.io/arch").Build().Spec.Template.Spec.NodeSelector);
    }

    [Fact]
    public void WithoutToleration_RemovesAnEqualToleration()
    {
        var gpu = Toleration.Exists("nvidia.com/gpu", TaintEffect.NoSchedule);
        var job = Base.AddToleration(gpu).AddToleration(Toleration.Equal("dedicated", "batch", TaintEffect.NoSchedule));

        var tolerations = job.WithoutToleration(Toleration.Exists("nvidia.com/gpu", TaintEffect.NoSchedule)).Build().Spec.Template.Spec.Tolerations;

        Assert.Equal("dedicated", Assert.Single(tolerations).Key);
    }

    [Fact]
    public void AddImagePullSecret_Twice_ListsItOnce_AndWithoutImagePullSecret_RemovesIt()
    {
        var registry = SecretRef.Named("registry");
        var job = Base.AddImagePullSecret(registry).AddImagePullSecret(SecretRef.Named("registry")).AddImagePullSecret(SecretRef.Named("other"));

        Assert.Equal(["registry", "other"], job.Build().Spec.Template.Spec.ImagePullSecrets.Select(s => s.Name));
        Assert.Equal(["other"], job.WithoutImagePullSecret(registry).Build().Spec.Template.Spec.ImagePullSecrets.Select(s => s.Name));
    }

    [Fact]
    public void WithoutContainer_RemovesAContainerOrSidecar_AndRefusesAnUnknownName()
    {
        var job = Base
            .AddSidecar("proxy", "envoy:1.30")
            .AddContainer("second", "busybox:1.36", c => c.WithCommand("true"));

        Assert.Equal(["app"], job.WithoutContainer("second").Containers.Select(c => c.Name));
        Assert.Empty(job.WithoutContainer("proxy").InitContainers);
        var error = Assert.Throws<ArgumentException>(() => job.WithoutContainer("aap"));
        Assert.StartsWith("The Job has no container called 'aap' (it has: proxy, app, second).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EqualVolumeValues_MountedByTwoContainers_AreOneVolume()
    {
        var job = Base
            .WithContainer("app", c => c.AddVolumeMount(Volume.EmptyDir("tmp"), "/tmp"))
            .AddContainer("second", "busybox:1.36", c => c.WithCommand("true").AddVolumeMount(Volume.EmptyDir("tmp"), "/tmp"));

        Assert.True(job.Validate().IsValid, string.Join("; ", job.Validate().Issues));
        Assert.Equal("tmp", Assert.Single(job.Build().Spec.Template.Spec.Volumes).Name);
    }

    [Fact]
    public void DifferentVolumesWithOneName_AreStillADuplicate()
    {
        var job = Base
            .WithContainer("app", c => c.AddVolumeMount(Volume.EmptyDir("data"), "/data"))
            .AddContainer("second", "busybox:1.36", c => c.WithCommand("true").AddVolumeMount(Volume.InMemory("data"), "/data"));

        var issue = Assert.Single(job.Validate().Issues);
        Assert.Equal("spec.template.spec.volumes[1].name", issue.Path);
        Assert.Equal(ValidationIssueKind.Duplicate, issue.Kind);
    }

    [Fact]
    public void Volume_Equality_IsByValue()
    {
        var a = Volume.FromConfigMap("cfg", ConfigMapRef.Named("c")).AddItem("k", "f", mode: 292);
        var b = Volume.FromConfigMap("cfg", ConfigMapRef.Named("c")).AddItem("k", "f", mode: 292);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b.AddItem("k2", "f2"));
        Assert.NotEqual(Volume.EmptyDir("x"), Volume.InMemory("x"));
        Assert.Equal(
            Volume.Projected("p", VolumeProjection.FromSecret(SecretRef.Named("s")).AddItem("k", "f")),
            Volume.Projected("p", VolumeProjection.FromSecret(SecretRef.Named("s")).AddItem("k", "f")));
    }

    [Fact]
    public void CompletionMode_IsTyped()
    {
        Assert.Null(Base.CompletionMode);
        Assert.Equal(CompletionMode.Indexed, Base.Indexed(3).CompletionMode);
        Assert.Equal(CompletionMode.NonIndexed, Base.Indexed(3).NonIndexed().CompletionMode);
        Assert.Equal("Indexed", Base.Indexed(3).Build().Spec.CompletionMode);
    }

    [Theory]
    [InlineData(typeof(ConfigMapKey))]
    [InlineData(typeof(SecretKey))]
    public void EnvKeys_HaveNoPublicConstructor_SoTheirChecksCannotBeBypassed(Type type)
    {
        Assert.Empty(type.GetConstructors());
    }

    [Fact]
    public void EnvKeys_KeepTheirValues()
    {
        var key = SecretRef.Named("db").Key("password").Optional();

        Assert.Equal(("db", "password", true), (key.Secret.Name, key.Key, key.IsOptional));
        Assert.Throws<ArgumentNullException>(() => ConfigMapRef.Named("c").Key(null!));
    }

    [Fact]
    public void Customize_ThatReadsAnUnsetMap_FailsWithTheObjectNamed()
    {
        var job = Base.Customize(j => j.Spec.Template.Spec.NodeSelector.Add("disk", "ssd"));

        var error = Assert.Throws<InvalidOperationException>(() => job.ToModel());
        Assert.StartsWith("A Customize callback on job/grammar read a field that is not set", error.Message, StringComparison.Ordinal);
        Assert.IsType<NullReferenceException>(error.InnerException);
    }

    [Fact]
    public void Customize_OtherExceptions_PassThroughUnchanged()
    {
        var job = Base.Customize(_ => throw new FormatException("mine"));

        Assert.Equal("mine", Assert.Throws<FormatException>(() => job.ToModel()).Message);
    }

    [Fact]
    public void SuppressLint_WorksOnACronJob_AndLinterLintTakesIt()
    {
        var cron = Base.ToCronJob("0 3 * * *");
        Assert.Contains(Linter.Lint(cron).Findings, f => f.RuleId == "JS4017");

        var suppressed = cron.SuppressLint("JS4017", "a missed run is skipped on purpose");

        Assert.Equal("JS4017: a missed run is skipped on purpose", suppressed.Annotations[LintSuppression.AnnotationKey]);
        Assert.DoesNotContain(Linter.Lint(suppressed).Findings, f => f.RuleId == "JS4017");
    }

    [Fact]
    public void LinterLint_AcceptsDslValuesAmongModels()
    {
        var report = Linter.Lint([Base, Base.WithName("second").ToModel()]);

        Assert.Equal(["grammar", "second"], report.Findings.Select(f => f.Manifest.Name).Distinct());
    }
}
