using System.Globalization;
using System.Text;
using BaselineKubernetesYaml;
using k8s;

// Usage: baseline-kubernetesyaml [COUNT [FILE]]
// Builds COUNT (default 3) Jobs of the seed's three shapes as V1Job objects and writes them, serialized with
// KubernetesYaml.Serialize and separated by "---", to FILE (default: standard output).
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var path = args.Length > 1 ? args[1] : "-";

using var output = path == "-"
    ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
    : new StreamWriter(path, append: false, new UTF8Encoding(false));
for (var i = 0; i < count; i++)
{
    if (i > 0)
    {
        output.Write("---\n");
    }

    // Serialize gives the document without its final line break.
    output.Write(KubernetesYaml.Serialize(SeedModels.Create(i)));
    output.Write('\n');
}

return 0;
