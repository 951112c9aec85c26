using JobSharp.Linting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JobSharp.Testing.Internal;

/// <summary>One YAML document of a snapshot file: the object it describes, its lines, and where they start.</summary>
/// <param name="Label">The object, <c>job/NAME (namespace NS)</c>; <c>document N</c> when the text names none.</param>
/// <param name="Lines">The document's lines, without line ends and without the <c>---</c> separator.</param>
/// <param name="FirstLine">The 1-based line number of the document's first line in the file.</param>
internal sealed record SnapshotDocument(string Label, IReadOnlyList<string> Lines, int FirstLine)
{
    /// <summary>Splits a YAML stream at its <c>---</c> lines; documents with no lines are left out.</summary>
    /// <param name="text">The stream's text, with <c>\n</c> line ends.</param>
    /// <returns>The documents, in order.</returns>
    public static IReadOnlyList<SnapshotDocument> Split(string text)
    {
        var documents = new List<SnapshotDocument>();
        var lines = UnifiedDiff.Lines(text);
        var current = new List<string>();
        var first = 1;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && !IsSeparator(lines[i]))
            {
                current.Add(lines[i]);
                continue;
            }

            if (current.Count > 0)
            {
                documents.Add(new SnapshotDocument(LabelOf(current, documents.Count + 1), current, first));
            }

            current = [];
            first = i + 2;
        }

        return documents;
    }

    private static bool IsSeparator(string line) =>
        line == "---" || line.StartsWith("--- ", StringComparison.Ordinal) || line.StartsWith("---\t", StringComparison.Ordinal);

    // Reads kind, metadata.name and metadata.namespace; a document YAML cannot read is named by its position.
    private static string LabelOf(List<string> lines, int position)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', lines)));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                var kind = Scalar(root, "kind");
                var metadata = root.Children.TryGetValue(new YamlScalarNode("metadata"), out var node) ? node as YamlMappingNode : null;
                var name = metadata is null ? null : Scalar(metadata, "name");
                if (kind is not null && name is not null)
                {
                    return ManifestRef.Describe(kind, name, Scalar(metadata!, "namespace"));
                }
            }
        }
        catch (YamlException)
        {
            // Not YAML (a hand edit gone wrong): still compared, by position.
        }

        return $"document {position.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
