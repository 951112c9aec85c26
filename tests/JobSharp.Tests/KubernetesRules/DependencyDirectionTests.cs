using System.Text.RegularExpressions;
using JobSharp.Tests.Dsl;

namespace JobSharp.Tests.KubernetesRules;

/// <summary>
/// Lint and explain both read Kubernetes knowledge from <c>JobSharp.KubernetesRules</c>; neither may use the other, and
/// that home uses neither of them (nor validation, rendering or loading).
/// </summary>
public sealed partial class DependencyDirectionTests
{
    [Theory]
    [InlineData("Linting", "Explaining")]
    [InlineData("Explaining", "Linting")]
    [InlineData("KubernetesRules", "Linting")]
    [InlineData("KubernetesRules", "Explaining")]
    [InlineData("KubernetesRules", "Validation")]
    [InlineData("KubernetesRules", "Rendering")]
    [InlineData("KubernetesRules", "Loading")]
    public void Folder_DoesNotUse_Namespace(string folder, string forbidden)
    {
        var forbiddenTypes = DeclaredTypes(forbidden);
        var offences = Sources(folder)
            .SelectMany(file => Offences(File.ReadAllText(file), forbidden, forbiddenTypes).Select(o => $"{Path.GetFileName(file)}: {o}"))
            .ToList();

        Assert.True(offences.Count == 0, $"JobSharp.{folder} uses JobSharp.{forbidden}:\n{string.Join('\n', offences)}");
    }

    private static IEnumerable<string> Offences(string source, string forbidden, HashSet<string> forbiddenTypes)
    {
        if (source.Contains($"JobSharp.{forbidden}", StringComparison.Ordinal))
        {
            yield return $"names JobSharp.{forbidden}";
        }

        foreach (var word in TypeUses().Matches(source).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal))
        {
            if (forbiddenTypes.Contains(word))
            {
                yield return $"uses {word}";
            }
        }
    }

    private static HashSet<string> DeclaredTypes(string folder) =>
        [.. Sources(folder).SelectMany(file => TypeDeclarations().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value))];

    private static string[] Sources(string folder) =>
        Directory.GetFiles(Path.Combine(RepoPaths.JobSharpSources, folder), "*.cs", SearchOption.AllDirectories);

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclarations();

    /// <summary>Capitalised names used as types: not a member after a dot, and not a method (a name before a parenthesis), unless constructed.</summary>
    [GeneratedRegex(@"\bnew\s+(?<name>[A-Z]\w*)|(?<![.\w])(?<name>[A-Z]\w*)\b(?!\s*\()")]
    private static partial Regex TypeUses();
}
