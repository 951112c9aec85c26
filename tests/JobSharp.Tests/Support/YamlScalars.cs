using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobSharp.Tests.Support;

/// <summary>Reads every scalar of a YAML stream with its style, straight from YamlDotNet's parser.</summary>
public static class YamlScalars
{
    public static IReadOnlyList<Scalar> All(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var scalars = new List<Scalar>();
        while (parser.MoveNext())
        {
            if (parser.Current is Scalar scalar)
            {
                scalars.Add(scalar);
            }
        }

        return scalars;
    }
}
