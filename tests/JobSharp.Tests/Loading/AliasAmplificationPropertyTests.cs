using System.Globalization;
using System.Text;
using CsCheck;
using JobSharp.Loading;
using k8s.Models;

namespace JobSharp.Tests.Loading;

/// <summary>
/// Aliases of long values, of lists and of mappings, nested: whatever the sizes, the loader either loads the Job
/// with everything its aliases expand to within the bound, or stops with JS2017; it never throws.
/// </summary>
public sealed class AliasAmplificationPropertyTests
{
    private const long Bound = 16 * 1024 * 1024;

    // Value length, aliases of the value in one list, aliases of that list in one container, aliases of that container.
    private static readonly Gen<(int Length, int ValueAliases, int ListAliases, int ContainerAliases)> Shape = Gen.Select(
        Gen.OneOf(Gen.Int[0, 100], Gen.Int[1000, 2_000_000]),
        Gen.Int[0, 50],
        Gen.Int[0, 3],
        Gen.Int[0, 150]);

    [Fact]
    public void LoadString_AmplifyingAliases_LoadWithinTheBoundOrStopWithJS2017()
    {
        Shape.Sample(shape =>
        {
            var (text, aliased) = Amplifier(shape);

            var result = ManifestLoader.LoadString(text, "amplified.yaml");

            if (result.Succeeded)
            {
                var job = (V1Job)Assert.Single(result.Documents).Model;
                var expanded = job.Spec.Template.Spec.Containers.Sum(c => (c.Args ?? []).Sum(a => (long)a.Length) + (c.Command ?? []).Sum(a => (long)a.Length));
                Assert.True(expanded <= Bound, $"loaded {expanded} characters of args");
                Assert.True(aliased <= Bound, $"loaded although aliases expand to {aliased} characters");
            }
            else
            {
                var error = Assert.Single(result.Errors);
                Assert.Equal("JS2017", error.Code);
                Assert.True(aliased + text.Length > Bound, $"stopped although everything is {aliased + text.Length} characters at most");
            }
        }, iter: 150);
    }

    [Fact]
    public void LoadString_ScalarAliasedOftenEnough_StopsWithJS2017()
    {
        Gen.Select(Gen.Int[1000, 2_000_000], Gen.Int[1, 9000]).Where((length, aliases) => (long)length * aliases > Bound).Sample((length, aliases) =>
        {
            var (text, _) = Amplifier((length, aliases, 0, 0));

            var error = Assert.Single(ManifestLoader.LoadString(text, "amplified.yaml").Errors);

            Assert.Equal("JS2017", error.Code);
            Assert.Equal(13, error.Line);
        }, iter: 50);
    }

    /// <summary>
    /// A Job with one value of <c>Length</c> characters (anchor v, line 12), args that alias it (anchor l, line 13),
    /// containers whose args alias that list, and containers that alias the first one (anchor c); and the characters
    /// the aliases add.
    /// </summary>
    private static (string Text, long Aliased) Amplifier((int Length, int ValueAliases, int ListAliases, int ContainerAliases) shape)
    {
        var (length, valueAliases, listAliases, containerAliases) = shape;
        var yaml = new StringBuilder("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: amplified\nspec:\n  template:\n    spec:\n")
            .Append("      restartPolicy: Never\n      containers:\n        - &c\n          name: main\n")
            .Append("          command: [&v ").Append('x', length).Append("]\n")
            .Append("          args: &l [").AppendJoin(", ", Enumerable.Repeat("*v", valueAliases)).Append("]\n");
        for (var i = 0; i < listAliases; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"        - {{name: l{i}, args: *l}}\n");
        }

        for (var i = 0; i < containerAliases; i++)
        {
            yaml.Append("        - *c\n");
        }

        long list = (long)valueAliases * length;
        long container = "namemaincommandargs".Length + length + list;
        return (yaml.ToString(), list + (listAliases * list) + (containerAliases * container));
    }
}
