namespace JobSharp.Loading;

/// <summary>Keys of mappings: they must be strings (a plain <c>yes</c> is not), and each may appear once.</summary>
internal static class MappingKeys
{
    /// <summary>The text of a mapping key, or null (reported) when the key is not a string.</summary>
    public static string? Text(LoadContext context, YamlNode key, string path, bool modelField)
    {
        if (key.Kind != YamlNodeKind.Scalar)
        {
            context.Report(LoadErrorCode.WrongType, key.Start, path, $"a key must be a string, found {BindMessages.Describe(key)}");
            return null;
        }

        if (modelField)
        {
            return key.Value;
        }

        var reading = Yaml11.Read(key);
        switch (reading?.Kind)
        {
            case ScalarKind.String:
            case ScalarKind.Integer when reading.Value.Integer is { } n && Yaml11.Decimal(n) == key.Value:
                return key.Value;
            default:
                context.Report(
                    LoadErrorCode.WrongType, key.Start, path,
                    reading is { } r
                        ? $"a key must be a string, found {r.Describe()}; write it in quotes: \"{ScalarReading.Shorten(key.Value)}\""
                        : $"a key must be a string; the tag {key.Tag} is not supported here");
                return null;
        }
    }

    /// <summary>Checks a key against the keys already seen in its mapping; reports a duplicate.</summary>
    public static bool IsFirst(LoadContext context, Dictionary<string, SourceLocation> seen, string key, YamlNode keyNode, string path)
    {
        if (seen.TryGetValue(key, out var first))
        {
            context.Report(
                LoadErrorCode.DuplicateKey, keyNode.Start, path,
                $"duplicate key \"{ScalarReading.Shorten(key)}\" (first written at line {first.Line}, column {first.Column})");
            return false;
        }

        seen.Add(key, keyNode.Start);
        return true;
    }
}
