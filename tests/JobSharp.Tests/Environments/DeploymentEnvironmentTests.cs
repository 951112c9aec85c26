using JobSharp.Environments;
using k8s.Models;

namespace JobSharp.Tests.Environments;

public sealed class DeploymentEnvironmentTests
{
    private static readonly Job Report = Job.Create("report").InNamespace("data").WithLabel("team", "reports")
        .AddContainer("report", "acme/report:1");

    [Fact]
    public void ToModels_EnvironmentValueWinsOverTheProgramsAndTheObjectsOwnWinsOverBoth()
    {
        var program = new CommonMetadata();
        program.SetLabel("environment", "any");
        program.SetLabel("team", "platform");
        program.SetAnnotation("example.com/owner", "platform");
        var environment = new DeploymentEnvironment("dev").WithCommonLabel("environment", "dev").Add(Report);
        environment.Metadata.Parent = program;

        var job = (V1Job)environment.ToModels()[0];

        Assert.Equal(
            new Dictionary<string, string> { ["environment"] = "dev", ["team"] = "reports" },
            job.Metadata.Labels);
        Assert.Equal(
            new Dictionary<string, string> { ["environment"] = "dev", ["team"] = "platform" },
            job.Spec.Template.Metadata.Labels);
        Assert.Equal("platform", job.Metadata.Annotations["example.com/owner"]);
    }

    [Fact]
    public void Add_Model_IsCopiedWhenAdded_AndKeepsItsOwnMetadataUntouched()
    {
        var account = new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = new V1ObjectMeta { Name = "reporter", NamespaceProperty = "data" } };
        var environment = new DeploymentEnvironment("dev").WithCommonLabel("environment", "dev").Add(account);
        account.Metadata.Name = "changed-later";

        var model = environment.ToModels()[0];

        Assert.Equal("reporter", model.Metadata.Name);
        Assert.Equal("dev", model.Metadata.Labels["environment"]);
        Assert.Null(account.Metadata.Labels);
    }

    [Fact]
    public void ToModels_WithoutCommonMetadata_IsTheDefinitionsOwnModel()
    {
        var environment = new DeploymentEnvironment("dev").Add(Report);

        Assert.Equal(JobSharp.Rendering.ManifestRenderer.ToYaml(Report.ToModel()), JobSharp.Rendering.ManifestRenderer.ToYaml(environment.ToModels()[0]));
    }

    [Fact]
    public void WithKubeContext_Empty_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new DeploymentEnvironment("dev").WithKubeContext(string.Empty));

    [Fact]
    public void WithCommonAnnotation_BadKey_IsRefusedAtTheCall()
    {
        var error = Assert.Throws<ArgumentException>(() => new DeploymentEnvironment("dev").WithCommonAnnotation("a/b/c", "x"));

        Assert.StartsWith("\"a/b/c\" is not a valid annotation key", error.Message, StringComparison.Ordinal);
    }
}
