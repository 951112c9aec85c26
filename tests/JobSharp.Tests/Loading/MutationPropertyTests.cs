using CsCheck;
using JobSharp.Loading;
using JobSharp.Rendering;

namespace JobSharp.Tests.Loading;

public sealed class MutationPropertyTests
{
    private static readonly string[] Lines =
        File.ReadAllText(LoadingFiles.Sample("full-job.yaml")).Split('\n');

    // A mutation: 0 delete a line, 1 duplicate a line, 2 swap two lines, 3 insert text into a line.
    private static readonly Gen<(int Kind, int A, int B, string Text)> Mutation = Gen.Select(
        Gen.Int[0, 3],
        Gen.Int[0, 10_000],
        Gen.Int[0, 10_000],
        Gen.Char[" \t:-&*[]{}!|>'\"#%@`?,\n\r\u0001\u0085\uFEFF\uD83D\u00e9漢0123456789abcyYnNoOx.~_+eE<="].Array[1, 6].Select(cs => new string(cs)));

    [Fact]
    public void LoadString_RandomlyMutatedManifest_NeverThrows()
    {
        Mutation.Array[1, 6].Sample(mutations =>
        {
            var text = Apply(mutations);

            var result = ManifestLoader.LoadString(text, "mutated.yaml");

            Assert.All(result.Errors, e =>
            {
                Assert.Matches("^JS20[0-9]{2}$", e.Code);
                Assert.True(e.Line >= 1 && e.Column >= 1, e.ToString());
                Assert.NotEmpty(e.Message);
            });
            Assert.True(result.Errors.Count > 0 || result.Documents.Count > 0 || text.Trim().Length == 0 || result.Succeeded);
            foreach (var document in result.Documents)
            {
                Assert.NotEmpty(ManifestRenderer.ToYaml(document.Model));
            }
        }, iter: 2000);
    }

    private static string Apply((int Kind, int A, int B, string Text)[] mutations)
    {
        var lines = new List<string>(Lines);
        foreach (var (kind, a, b, text) in mutations)
        {
            if (lines.Count == 0)
            {
                lines.Add(text);
                continue;
            }

            var i = a % lines.Count;
            var j = b % lines.Count;
            switch (kind)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[i]);
                    break;
                case 2:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                default:
                    var at = b % (lines[i].Length + 1);
                    lines[i] = lines[i].Insert(at, text);
                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
