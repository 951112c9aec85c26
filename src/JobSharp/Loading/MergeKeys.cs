namespace JobSharp.Loading;

/// <summary>
/// YAML 1.1 merge keys, as kubectl reads them: <c>&lt;&lt;: *defaults</c> (or a list of aliases) adds the entries
/// of the named mappings that the mapping does not write itself; earlier sources win over later ones.
/// </summary>
internal static class MergeKeys
{
    private const string MergeTag = "tag:yaml.org,2002:merge";

    /// <summary>The entries of <paramref name="mapping"/> (keys and values alternating) with merges applied.</summary>
    public static IReadOnlyList<YamlNode> Entries(YamlNode mapping, LoadContext context, string path)
    {
        if (!HasMerge(mapping))
        {
            return mapping.Children;
        }

        var own = new List<YamlNode>();
        var sources = new List<YamlNode>();
        for (var i = 0; i + 1 < mapping.Children.Count; i += 2)
        {
            if (IsMerge(mapping.Children[i]))
            {
                Collect(mapping.Children[i + 1], sources, context, path);
            }
            else
            {
                own.Add(mapping.Children[i]);
                own.Add(mapping.Children[i + 1]);
            }
        }

        var written = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < own.Count; i += 2)
        {
            if (own[i].Kind == YamlNodeKind.Scalar)
            {
                written.Add(own[i].Value);
            }
        }

        foreach (var source in sources)
        {
            var entries = Entries(source, context, path);
            for (var i = 0; i + 1 < entries.Count; i += 2)
            {
                if (entries[i].Kind != YamlNodeKind.Scalar || written.Add(entries[i].Value))
                {
                    own.Add(entries[i]);
                    own.Add(entries[i + 1]);
                }
            }
        }

        return own;
    }

    private static void Collect(YamlNode value, List<YamlNode> sources, LoadContext context, string path)
    {
        if (value.Kind == YamlNodeKind.Mapping)
        {
            sources.Add(value);
            return;
        }

        if (value.Kind == YamlNodeKind.Sequence && value.Children.TrueForAll(item => item.Kind == YamlNodeKind.Mapping))
        {
            sources.AddRange(value.Children);
            return;
        }

        context.Report(
            LoadErrorCode.WrongType, value.Start, path,
            $"a merge key (<<) takes a mapping or a list of mappings, found {BindMessages.Describe(value)}");
    }

    private static bool HasMerge(YamlNode mapping)
    {
        for (var i = 0; i < mapping.Children.Count; i += 2)
        {
            if (IsMerge(mapping.Children[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMerge(YamlNode key) =>
        key.Kind == YamlNodeKind.Scalar && key.Value == "<<"
        && ((key.Tag.Length == 0 && key.Style is YamlDotNet.Core.ScalarStyle.Plain) || key.Tag == MergeTag);
}
