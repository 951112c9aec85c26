namespace JobSharp.Tests.Dsl;

public sealed class MetadataExtensionsTests
{
    private static readonly Job Base = Job.Create("meta").AddContainer("main", "busybox:1.36");

    [Fact]
    public void WithLabel_OnJobAndCronJob_KeepsTheirTypes()
    {
        Job job = Base.WithLabel("app", "a").WithAnnotation("note", "n");
        CronJob cronJob = Base.ToCronJob("@daily").WithLabel("app", "c").WithAnnotation("note", "m");

        Assert.Equal("a", job.Labels["app"]);
        Assert.Equal("c", cronJob.Labels["app"]);
        Assert.Equal("m", cronJob.Annotations["note"]);
    }

    [Fact]
    public void WithLabel_ExistingKey_ReplacesTheValue()
    {
        var job = Base.WithLabel("app", "a").WithLabel("app", "b");

        Assert.Equal("b", Assert.Single(job.Labels).Value);
    }

    [Fact]
    public void WithoutLabelAndAnnotation_RemoveOnlyThatKey()
    {
        var job = Base.WithLabel("a", "1").WithLabel("b", "2").WithAnnotation("x", "1").WithAnnotation("y", "2")
            .WithoutLabel("a").WithoutAnnotation("y").WithoutLabel("missing");

        Assert.Equal(["b"], job.Labels.Keys);
        Assert.Equal(["x"], job.Annotations.Keys);
    }

    [Fact]
    public void WithLabels_ReplacesEveryLabel_SortedByKey()
    {
        var job = Base.WithLabel("old", "x").WithLabels([KeyValuePair.Create("z", "1"), KeyValuePair.Create("a", "2")]);

        Assert.Equal(["a", "z"], job.Labels.Keys);
        Assert.Equal(["a", "z"], job.Build().Metadata.Labels.Keys);
    }

    [Fact]
    public void WithLabel_NullValue_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Base.WithLabel("app", null!));

    [Fact]
    public void WithLabels_NullKey_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Base.WithAnnotations([KeyValuePair.Create<string, string>(null!, "v")]));
}
