using System.Globalization;
using System.Text;
using JobSharp.Rendering;
using JobSharpMany;

// Usage: jobsharp-many [COUNT [FILE]]
// Builds COUNT (default 3) Jobs of the seed's three shapes with the JobSharp DSL, validates each (Build throws on
// a problem) and streams them as one YAML file to FILE (default: standard output). The Jobs are made lazily, one
// at a time, so memory does not grow with COUNT.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var path = args.Length > 1 ? args[1] : "-";

using var output = path == "-"
    ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
    : new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
ManifestRenderer.WriteYaml(output, Jobs(count));
return 0;

static IEnumerable<k8s.IKubernetesObject<k8s.Models.V1ObjectMeta>> Jobs(int count)
{
    for (var i = 0; i < count; i++)
    {
        yield return SeedShapes.Create(i).Build();
    }
}
