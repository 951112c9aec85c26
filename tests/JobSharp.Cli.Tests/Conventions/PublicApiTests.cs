using System.Reflection;
using JobSharp.Cluster;

namespace JobSharp.Cli.Tests.Conventions;

public sealed class PublicApiTests
{
    public static TheoryData<string> Assemblies => ["JobSharp", "JobSharp.Cluster", "JobSharp.Cli"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicApiFiles_RecordTheSurface_ForTheAnalyzer(string assemblyName)
    {
        // The surface itself is checked at build time by PublicApiAnalyzers (RS0016/RS0017); this keeps the files
        // from being emptied or dropped from a project without notice.
        var folder = Repository.Path("src", assemblyName);
        var lines = File.ReadAllLines(Path.Combine(folder, "PublicAPI.Shipped.txt"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "PublicAPI.Unshipped.txt")))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var exported = Load(assemblyName).GetExportedTypes();

        Assert.All(exported, t =>
        {
            var name = t.FullName!.Split('`')[0].Replace('+', '.');
            Assert.Contains(lines, l => l == name || l.StartsWith(name + "<", StringComparison.Ordinal));
        });
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
