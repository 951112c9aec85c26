namespace JobSharp.Tests.Dsl;

public sealed class RetryCouplingTests
{
    private static readonly Job Base = Job.Create("retry").AddContainer("main", "busybox:1.36");

    [Fact]
    public void WithRetry_PodFailureRule_KeepsRestartPolicyNever()
    {
        var model = Base.WithRetry(r => r.FailJobOnExitCodes(42)).Build();

        Assert.Equal("Never", model.Spec.Template.Spec.RestartPolicy);
        Assert.Equal("FailJob", Assert.Single(model.Spec.PodFailurePolicy.Rules).Action);
    }

    [Fact]
    public void RestartContainersInPlace_WithRules_ThrowsNamingTheConflict()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Base.WithRetry(r => r.IgnoreDisruptions().RestartContainersInPlace()));

        Assert.Contains("restartPolicy Never", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRule_AfterRestartContainersInPlace_Throws() =>
        Assert.Throws<InvalidOperationException>(() => RetryPolicy.Default.RestartContainersInPlace().IgnoreDisruptions());

    [Fact]
    public void WithRestartPolicy_OnFailureWhileRulesSet_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Base.WithRetry(r => r.IgnoreExitCodes(1)).WithRestartPolicy(JobRestartPolicy.OnFailure));

    [Fact]
    public void WithoutRules_ThenRestartInPlace_IsAllowed()
    {
        var job = Base.WithRetry(r => r.IgnoreDisruptions().WithoutRules().RestartContainersInPlace());

        var model = job.Build();

        Assert.Equal("OnFailure", model.Spec.Template.Spec.RestartPolicy);
        Assert.Null(model.Spec.PodFailurePolicy);
    }

    [Fact]
    public void Indexed_FailIndexRuleWhileRestartingInPlace_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Base.WithRestartPolicy(JobRestartPolicy.OnFailure)
            .Indexed(3, i => i.WithBackoffLimitPerIndex(1).FailIndexOnExitCodes(3)));

    [Fact]
    public void WithRetry_RestartInPlaceOnIndexedJobWithFailIndexRule_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Base.Indexed(3, i => i.WithBackoffLimitPerIndex(1).FailIndexOnExitCodes(3))
            .WithRetry(r => r.RestartContainersInPlace()));

    [Fact]
    public void WithPodReplacementPolicy_TerminatingOrFailedWithRules_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Base.WithRetry(r => r.IgnoreDisruptions()).WithPodReplacementPolicy(PodReplacementPolicy.TerminatingOrFailed));
        Assert.Throws<InvalidOperationException>(() => Base.WithPodReplacementPolicy(PodReplacementPolicy.TerminatingOrFailed).WithRetry(r => r.IgnoreDisruptions()));
        Assert.Equal("Failed", Base.WithRetry(r => r.IgnoreDisruptions()).WithPodReplacementPolicy(PodReplacementPolicy.Failed).Build().Spec.PodReplacementPolicy);
    }

    [Fact]
    public void WithMaxFailedIndexes_WithoutPerIndexLimit_Throws() =>
        Assert.Throws<InvalidOperationException>(() => IndexedCompletion.Default.WithMaxFailedIndexes(1));

    [Fact]
    public void FailIndexOnExitCodes_WithoutPerIndexLimit_Throws() =>
        Assert.Throws<InvalidOperationException>(() => IndexedCompletion.Default.FailIndexOnExitCodes(1));

    [Fact]
    public void Build_IndexedRules_FollowTheRetryRules()
    {
        var model = Base
            .WithRetry(r => r.IgnoreDisruptions())
            .Indexed(3, i => i.WithBackoffLimitPerIndex(0).FailIndexOnExitCodes(3))
            .Build();

        Assert.Equal(["Ignore", "FailIndex"], model.Spec.PodFailurePolicy.Rules.Select(r => r.Action));
    }

    [Fact]
    public void NonIndexed_AfterIndexed_DropsEveryIndexedSetting()
    {
        var model = Base
            .Indexed(3, i => i.WithBackoffLimitPerIndex(1).WithMaxFailedIndexes(1).SucceedWhen(SuccessRule.WhenCountSucceeds(2)))
            .NonIndexed()
            .Build();

        Assert.Equal("NonIndexed", model.Spec.CompletionMode);
        Assert.Null(model.Spec.BackoffLimitPerIndex);
        Assert.Null(model.Spec.MaxFailedIndexes);
        Assert.Null(model.Spec.SuccessPolicy);
        Assert.Equal(3, model.Spec.Completions);
    }

    [Fact]
    public void OnExitCodes_UnorderedWithRepeats_SortsAndDeduplicates()
    {
        var rule = PodFailureRule.OnExitCodes(PodFailureAction.Count, [5, 1, 5, 3]);

        Assert.Equal([1, 3, 5], rule.ExitCodes);
    }

    [Fact]
    public void OrOnPodCondition_OnExitCodeRule_Throws() =>
        Assert.Throws<InvalidOperationException>(() => PodFailureRule.OnExitCodes(PodFailureAction.Count, [1]).OrOnPodCondition("X"));

    [Fact]
    public void WithBackoffLimit_KeepsTheRules()
    {
        var job = Base.WithRetry(r => r.IgnoreDisruptions()).WithBackoffLimit(1);

        Assert.Single(job.Retry.Rules);
        Assert.Equal(1, job.Retry.BackoffLimit);
    }

    [Theory]
    [InlineData(new[] { 0 }, "0")]
    [InlineData(new[] { 3, 1, 2, 2, 7, 9, 8 }, "1-3,7-9")]
    [InlineData(new[] { 0, 2, 4 }, "0,2,4")]
    public void WhenIndexesSucceed_Indexes_WritesSortedIntervals(int[] indexes, string expected) =>
        Assert.Equal(expected, SuccessRule.WhenIndexesSucceed(indexes).SucceededIndexes);

    [Theory]
    [InlineData("0-2,5")]
    [InlineData("7")]
    [InlineData("1-1,3-4")]
    public void WhenIndexesSucceed_ValidIntervalText_KeepsIt(string text) =>
        Assert.Equal(text, SuccessRule.WhenIndexesSucceed(text).SucceededIndexes);

    [Theory]
    [InlineData("1-2-3")]
    [InlineData("a")]
    [InlineData("2-1")]
    [InlineData("1,1")]
    [InlineData("0-2,2")]
    [InlineData("")]
    public void WhenIndexesSucceed_MalformedIntervalText_Throws(string text) =>
        Assert.Throws<ArgumentException>(() => SuccessRule.WhenIndexesSucceed(text));
}
