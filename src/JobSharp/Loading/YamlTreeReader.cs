using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobSharp.Loading;

/// <summary>
/// Reads YamlDotNet's parser events into <see cref="YamlNode"/> trees, one document at a time, within
/// <see cref="LoadLimits"/>: nesting depth, node count, alias expansion and the characters aliases expand to are
/// counted as the events arrive,
/// so hostile input stops early. A syntax error or a passed limit ends the stream with one error.
/// </summary>
internal sealed class YamlTreeReader(string text, LoadContext context)
{
    private readonly Parser _parser = new(new StringReader(text));
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private Mark _last = Mark.Empty;
    private long _nodes;
    private long _aliasNodes;
    private long _characters;
    private int _index;
    private bool _done;

    /// <summary>The next document, or null at the end of the stream or after a fatal error (already reported).</summary>
    public ParsedDocument? Next()
    {
        if (_done)
        {
            return null;
        }

        try
        {
            var document = ReadDocument();
            _done = document is null;
            return document;
        }
        catch (YamlException e)
        {
            _done = true;
            var (at, message) = SyntaxErrors.Describe(e, text);
            context.Report(LoadErrorCode.Syntax, at, string.Empty, message);
            return null;
        }
        catch (LoadStopException)
        {
            _done = true;
            return null;
        }
    }

    private ParsedDocument? ReadDocument()
    {
        var current = Read();
        if (current is StreamStart)
        {
            current = Read();
        }

        if (current is StreamEnd)
        {
            return null;
        }

        if (current is not DocumentStart start)
        {
            throw new SemanticErrorException(current.Start, current.End, "Expected the start of a document.");
        }

        _anchors.Clear();
        var first = Read();
        YamlNode? root = null;
        if (first is not DocumentEnd)
        {
            root = ReadNode(first, 1);
            if (Read() is not DocumentEnd)
            {
                throw new SemanticErrorException(start.Start, start.End, "Expected the end of the document.");
            }
        }

        return new ParsedDocument(_index++, root, YamlNode.At(start.Start));
    }

    private ParsingEvent Read()
    {
        bool moved;
        try
        {
            moved = _parser.MoveNext();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet fails this way on a few malformed inputs (such as a multi-line plain scalar in a flow list).
            throw new YamlException(_last, _last, "the text after this point could not be parsed (" + e.Message + ")", e);
        }

        if (!moved || _parser.Current is null)
        {
            throw new SemanticErrorException(_last, _last, "Unexpected end of the YAML stream.");
        }

        _last = _parser.Current.End;
        return _parser.Current;
    }

    private YamlNode ReadNode(ParsingEvent current, int depth)
    {
        var at = YamlNode.At(current.Start);
        if (current is AnchorAlias alias)
        {
            return Expand(alias, at);
        }

        Count(1, at);
        YamlNode node;
        switch (current)
        {
            case Scalar scalar:
                node = YamlNode.Scalar(at, TagOf(scalar), scalar.Value, scalar.Style);
                CountCharacters(node.Characters, at);
                break;
            case SequenceStart sequence:
                node = ReadCollection(YamlNodeKind.Sequence, sequence, at, depth);
                break;
            case MappingStart mapping:
                node = ReadCollection(YamlNodeKind.Mapping, mapping, at, depth);
                break;
            default:
                throw new SemanticErrorException(current.Start, current.End, "Expected a scalar, a mapping or a list.");
        }

        var anchor = ((NodeEvent)current).Anchor;
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private YamlNode ReadCollection(YamlNodeKind kind, NodeEvent start, SourceLocation at, int depth)
    {
        if (depth > LoadLimits.MaxDepth)
        {
            throw context.Fatal(
                LoadErrorCode.TooDeep, at,
                $"mappings and lists are nested more than {LoadLimits.MaxDepth} levels deep; the rest of the input was not read");
        }

        var node = YamlNode.Collection(kind, at, TagOf(start));
        while (true)
        {
            var current = Read();
            if (current is SequenceEnd or MappingEnd)
            {
                return node;
            }

            var child = ReadNode(current, depth + 1);
            node.Children.Add(child);
            node.Size += child.Size;
            node.Characters += child.Characters;
        }
    }

    private YamlNode Expand(AnchorAlias alias, SourceLocation at)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            throw context.Fatal(LoadErrorCode.Alias, at, $"the alias *{alias.Value.Value} names no anchor defined before it");
        }

        _aliasNodes += target.Size;
        if (_aliasNodes > LoadLimits.MaxAliasNodes)
        {
            throw context.Fatal(
                LoadErrorCode.Alias, at,
                string.Create(CultureInfo.InvariantCulture, $"aliases expand to more than {LoadLimits.MaxAliasNodes} nodes (an alias bomb?); the rest of the input was not read"));
        }

        Count(target.Size, at);
        CountCharacters(target.Characters, at);
        return target;
    }

    /// <summary>
    /// Counts the characters of values read, aliases expanded: without aliases they are never more than the input,
    /// so passing the bound means aliases amplify the input, and whatever uses the values would grow as much.
    /// </summary>
    private void CountCharacters(long characters, SourceLocation at)
    {
        _characters += characters;
        if (_characters > LoadLimits.MaxExpandedCharacters)
        {
            throw context.Fatal(
                LoadErrorCode.TooMuchExpanded, at,
                string.Create(CultureInfo.InvariantCulture, $"aliases expand the values of the input to more than {LoadLimits.MaxExpandedCharacters} characters (an alias bomb?); the rest of the input was not read"));
        }
    }

    private void Count(long nodes, SourceLocation at)
    {
        _nodes += nodes;
        if (_nodes > LoadLimits.MaxNodes)
        {
            throw context.Fatal(
                LoadErrorCode.TooManyNodes, at,
                string.Create(CultureInfo.InvariantCulture, $"the input has more than {LoadLimits.MaxNodes} values; the rest of it was not read"));
        }
    }

    private static string TagOf(NodeEvent node) => node.Tag.IsEmpty ? string.Empty : node.Tag.Value;
}
