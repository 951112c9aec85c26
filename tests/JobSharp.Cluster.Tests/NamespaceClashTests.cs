using JobSharp;
using JobSharp.Cluster;

// Outside the JobSharp namespaces, as a program that uses both the DSL and the cluster library is: the two retry
// policies must not clash (CS0104) when both namespaces are imported. That this file compiles is the test.
namespace JobSharpConsumer;

public sealed class NamespaceClashTests
{
    [Fact]
    public void RetryPolicies_BothNamespacesImported_EachNameMeansOneType()
    {
        var pods = RetryPolicy.Default.WithBackoffLimit(2);
        var requests = RequestRetryPolicy.Default with { MaxAttempts = 2 };

        Assert.Equal(2, pods.BackoffLimit);
        Assert.Equal(2, new ClusterConnectionOptions { Retry = requests }.Retry.MaxAttempts);
    }
}
