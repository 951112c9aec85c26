using System.Reflection;
using System.Text.RegularExpressions;

namespace JobSharp.Tests.Dsl;

public sealed partial class DslConventionTests
{
    private static readonly string[] DslFolders = ["Env", "Resources", "Images", "Volumes", "Security", "Scheduling", "Retry", "Pods", "CronJobs"];

    // The DSL's everyday types share the root namespace, so one `using JobSharp;` is enough.
    private static readonly string[] DslNamespaces = ["JobSharp"];

    [Fact]
    public void DslSources_ArgumentExceptions_AreCreatedOnlyByGuard()
    {
        var files = DslSourceFiles().ToList();
        Assert.True(files.Count > 20, $"Found only {files.Count} DSL source files under {RepoPaths.JobSharpSources}.");

        var offenders = files
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line, i)))
            .Where(x => DirectArgumentException().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void DslTypes_Public_AreSealedStaticOrAbstract()
    {
        var open = DslTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Theory]
    [InlineData(typeof(Job))]
    [InlineData(typeof(CronJob))]
    [InlineData(typeof(Container))]
    [InlineData(typeof(RetryPolicy))]
    [InlineData(typeof(IndexedCompletion))]
    [InlineData(typeof(Volume))]
    [InlineData(typeof(NodeAffinity))]
    public void FluentMethods_WithAddWithout_ReturnTheirOwnType(Type type)
    {
        var wrong = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("With", StringComparison.Ordinal) || m.Name.StartsWith("Add", StringComparison.Ordinal))
            .Where(m => m.ReturnType != type)
            .Select(m => m.Name)
            .ToList();

        Assert.Empty(wrong);
    }

    private static IEnumerable<Type> DslTypes() =>
        typeof(Job).Assembly.GetExportedTypes().Where(t => DslNamespaces.Contains(t.Namespace));

    private static IEnumerable<string> DslSourceFiles()
    {
        var src = RepoPaths.JobSharpSources;
        return Directory.GetFiles(src, "*.cs")
            .Concat(DslFolders.SelectMany(f => Directory.Exists(Path.Combine(src, f)) ? Directory.GetFiles(Path.Combine(src, f), "*.cs") : []));
    }

    [GeneratedRegex(@"new Argument\w*Exception\(|Argument\w*Exception\.Throw|Exception \w+\([^)]*\) =>\s*new\(")]
    private static partial Regex DirectArgumentException();
}
