using System.Reflection;
using JobSharp.Cli.Tests.Support;
using JobSharp.Cluster;

namespace JobSharp.Cli.Tests.Conventions;

public sealed class PublicApiTests
{
    public static TheoryData<string> Assemblies => ["JobSharp", "JobSharp.Cluster", "JobSharp.Cli"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicApi_MatchesTheApprovedListing(string assemblyName)
    {
        var listing = PublicApi.Describe(Load(assemblyName));

        ApprovedFile.Match(Path.Combine("Conventions", "PublicApi", $"{assemblyName}.approved.txt"), listing);
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicClasses_AreSealedAbstractOrStatic(string assemblyName)
    {
        var open = Load(assemblyName).GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void CliAssembly_ExposesOnlyTheJobSharpAppHost()
    {
        Assert.Equal([typeof(JobSharpApp)], typeof(JobSharpApp).Assembly.GetExportedTypes());
    }

    private static Assembly Load(string name) => name switch
    {
        "JobSharp" => typeof(Job).Assembly,
        "JobSharp.Cluster" => typeof(JobCluster).Assembly,
        _ => typeof(JobSharpApp).Assembly,
    };
}
