using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JobSharp.Cli.Tests.Support;

/// <summary>
/// C# compiled with Roslyn in memory, as a user's project would compile it: the SDK's implicit usings, nullable on,
/// and references to the runtime, JobSharp, JobSharp.Cli and KubernetesClient.
/// </summary>
internal static class InMemoryCompilation
{
    // What the .NET SDK adds to a console project with ImplicitUsings on; nothing of JobSharp or KubernetesClient.
    private const string SdkImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>A compilation of <paramref name="files"/> with every warning level on.</summary>
    public static CSharpCompilation Create(string assemblyName, OutputKind kind, IEnumerable<string> files)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat([typeof(Job).Assembly.Location, typeof(JobSharpApp).Assembly.Location, typeof(k8s.Models.V1Job).Assembly.Location])
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        return CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(SdkImplicitUsings, options), .. files.Select(f => CSharpSyntaxTree.ParseText(f, options))],
            references,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
    }
}
