using ConfigRepo.Workloads;
using k8s.Models;

namespace ConfigRepo.Tests;

/// <summary>The environments hold the same objects, differ where their settings say, and label everything they hold.</summary>
public sealed class EnvironmentTests
{
    [Fact]
    public void Environments_AreDevStagingProd_EachWithItsOwnContext()
    {
        var environments = Repository.Define().Environments;

        Assert.Equal(["dev", "staging", "prod"], environments.Select(e => e.Name));
        Assert.Equal(["dev-eu-west-1", "staging-eu-west-1", "prod-eu-west-1"], environments.Select(e => e.KubeContext));
    }

    [Fact]
    public void EveryEnvironment_HoldsTheSameObjects()
    {
        var dev = Identities("dev");

        Assert.Equal(7, dev.Count);
        Assert.Equal(dev, Identities("staging"));
        Assert.Equal(dev, Identities("prod"));
    }

    [Theory]
    [MemberData(nameof(Environments.Names), MemberType = typeof(Environments))]
    public void EveryObject_IsInTheEnvironmentsNamespace(string environment)
    {
        var expected = environment == "prod" ? "payments" : $"payments-{environment}";

        Assert.All(Environments.Models(environment), m => Assert.Equal(expected, m.Metadata.NamespaceProperty));
    }

    [Theory]
    [MemberData(nameof(Environments.Names), MemberType = typeof(Environments))]
    public void EveryContainer_RunsTheEnvironmentsRelease(string environment)
    {
        var release = Settings.All.Single(s => s.Name == environment).Release;
        var containers = Environments.Models(environment).SelectMany(PodSpecs).SelectMany(p => p.Containers).ToList();

        Assert.Equal(3, containers.Count);
        Assert.All(containers, c => Assert.Equal($"ghcr.io/acme/ledger:{release}", c.Image));
    }

    // Dev runs ahead of prod, and prod's shards get more of everything.
    [Fact]
    public void Prod_RunsAnotherRelease_WithMoreResourcesAndShards()
    {
        var dev = Reconcile("dev");
        var prod = Reconcile("prod");

        Assert.NotEqual(Container(dev).Image, Container(prod).Image);
        Assert.True(Request(prod, "cpu") > Request(dev, "cpu"));
        Assert.True(Request(prod, "memory") > Request(dev, "memory"));
        Assert.True(prod.Spec.Completions > dev.Spec.Completions);
        Assert.True(prod.Spec.Parallelism > dev.Spec.Parallelism);
    }

    [Theory]
    [MemberData(nameof(Environments.Names), MemberType = typeof(Environments))]
    public void EveryObject_AndEveryPod_CarriesTheCommonLabels(string environment)
    {
        var models = Environments.Models(environment);
        var pods = models.OfType<V1Job>().Select(j => j.Spec.Template.Metadata)
            .Concat(models.OfType<V1CronJob>().SelectMany(c => new[] { c.Spec.JobTemplate.Metadata, c.Spec.JobTemplate.Spec.Template.Metadata }));

        Assert.All(models.Select(m => m.Metadata).Concat(pods), metadata =>
        {
            Assert.Equal("ledger", metadata.Labels["app.kubernetes.io/part-of"]);
            Assert.Equal("payments", metadata.Labels["team"]);
            Assert.Equal(environment, metadata.Labels["environment"]);
            Assert.Equal("https://runbooks.example.com/payments/ledger", metadata.Annotations["example.com/runbook"]);
        });
    }

    private static List<string> Identities(string environment) =>
        [.. Environments.Models(environment).Select(m => $"{m.Kind}/{m.Metadata.Name}").Order(StringComparer.Ordinal)];

    private static V1Job Reconcile(string environment) =>
        Environments.Models(environment).OfType<V1Job>().Single(j => j.Metadata.Name == Reconciliation.Name);

    private static V1Container Container(V1Job job) => Assert.Single(job.Spec.Template.Spec.Containers);

    private static decimal Request(V1Job job, string resource) => Container(job).Resources.Requests[resource].ToDecimal();

    private static IEnumerable<V1PodSpec> PodSpecs(object model) => model switch
    {
        V1Job job => [job.Spec.Template.Spec],
        V1CronJob cronJob => [cronJob.Spec.JobTemplate.Spec.Template.Spec],
        _ => [],
    };
}
