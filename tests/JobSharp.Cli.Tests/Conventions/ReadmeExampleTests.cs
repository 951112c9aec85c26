using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using JobSharp.Cli.Tests.Support;

namespace JobSharp.Cli.Tests.Conventions;

/// <summary>The README's DSL example is a program that compiles with <c>using JobSharp; using JobSharp.Cli;</c> alone.</summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public void DslExample_CompilesWithTheTwoUsingsItShows()
    {
        var example = DslExample();

        Assert.Equal(["using JobSharp;", "using JobSharp.Cli;"], example.Split('\n').Where(l => l.StartsWith("using ", StringComparison.Ordinal)));
        var errors = Compile(example).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Compile_ReportsErrors_SoTheTestAboveCanFail()
    {
        var errors = Compile("using JobSharp;\nvar job = Job.Create(\"x\").NoSuchMethod();\n").Where(d => d.Severity == DiagnosticSeverity.Error);

        Assert.Contains(errors, d => d.Id == "CS1061");
    }

    private static string DslExample()
    {
        var readme = File.ReadAllText(Repository.Path("README.md")).ReplaceLineEndings("\n");
        var match = MarkedExample().Match(readme);
        Assert.True(match.Success, "README.md has no ```csharp block after the comment naming ReadmeExampleTests.");
        return match.Groups["code"].Value;
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Compile(string program) =>
        InMemoryCompilation.Create("ReadmeExample", OutputKind.ConsoleApplication, [program]).GetDiagnostics(TestContext.Current.CancellationToken);

    [GeneratedRegex(@"ReadmeExampleTests\.cs\. -->\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex MarkedExample();
}
