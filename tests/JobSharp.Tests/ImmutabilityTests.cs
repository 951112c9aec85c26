namespace JobSharp.Tests;

public sealed class ImmutabilityTests
{
    private static readonly Job Base = Job.Create("report")
        .InNamespace("dev")
        .WithLabel("tier", "batch")
        .WithBackoffLimit(2)
        .AddContainer("main", "example/report:1.0", c => c.WithEnv("MODE", "dev").WithArgs("--fast"));

    [Fact]
    public void Specialising_NamespaceEnvAndContainer_LeavesTheBaseOutputUnchanged()
    {
        var before = Base.ToYaml();

        var prod = Base.InNamespace("prod")
            .WithLabel("tier", "critical")
            .WithBackoffLimit(5)
            .WithContainer("main", c => c.WithEnv("MODE", "prod").WithEnv("EXTRA", SecretRef.Named("s").Key("k")).AddArgs("--audit"));

        Assert.Equal(before, Base.ToYaml());
        Assert.NotEqual(before, prod.ToYaml());
        Assert.Contains("namespace: prod", prod.ToYaml(), StringComparison.Ordinal);
        Assert.Contains("value: dev", Base.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoCalls_ReturnIndependentModels()
    {
        var first = Base.Build();
        first.Metadata.Name = "changed";
        first.Spec.Template.Spec.Containers[0].Env[0].Value = "changed";

        var second = Base.Build();

        Assert.Equal("report", second.Metadata.Name);
        Assert.Equal("dev", second.Spec.Template.Spec.Containers[0].Env[0].Value);
    }

    [Fact]
    public void Customize_AppliesOnEveryBuild_WithoutChangingTheBase()
    {
        var customized = Base.Customize(j => j.Spec.Suspend = true);

        Assert.True(customized.Build().Spec.Suspend);
        Assert.Null(Base.Build().Spec.Suspend);
    }

    [Fact]
    public void WithEnv_SameNameTwice_ReplacesInPlace()
    {
        var job = Base.WithContainer("main", c => c.WithEnv("FIRST", "1").WithEnv("MODE", "prod"));

        var env = job.Build().Spec.Template.Spec.Containers[0].Env;

        Assert.Equal(["MODE", "FIRST"], env.Select(e => e.Name));
        Assert.Equal("prod", env[0].Value);
    }

    [Fact]
    public void WithContainer_UnknownName_ThrowsNamingTheContainersThatExist()
    {
        var error = Assert.Throws<ArgumentException>(() => Base.WithContainer("nope", c => c));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("main", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithActiveDeadline_FractionalSeconds_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Base.WithActiveDeadline(TimeSpan.FromMilliseconds(1500)));
    }

    [Fact]
    public void WithBackoffLimit_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Base.WithBackoffLimit(-1));
    }

    [Fact]
    public void Build_NoContainerAndNoImage_ThrowsListingEveryProblemWithItsPath()
    {
        var error = Assert.Throws<JobSharp.Validation.ManifestValidationException>(
            () => Job.Create("empty").Build());

        Assert.Contains(error.Issues, i => i.Path == "spec.template.spec.containers");
        Assert.StartsWith("job/empty is invalid", error.Message, StringComparison.Ordinal);
    }
}
