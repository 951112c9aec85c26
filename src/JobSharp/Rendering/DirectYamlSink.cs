using System.Text;

namespace JobSharp.Rendering;

/// <summary>
/// Writes one YAML document straight into a buffer, byte for byte what <see cref="YamlSink"/> (YamlDotNet's
/// emitter with the same settings) writes, for the shapes manifests have: block mappings and sequences,
/// <c>{}</c>, plain scalars, double-quoted ASCII text and literal blocks. It skips the emitter's event objects
/// and its start-up work (YamlDotNet compiles a regular expression on first use). Anything outside those shapes
/// (nested sequences, empty block collections, quoted non-ASCII text, block scalars that need indentation or keep
/// hints, non-ASCII text for a writer whose encoding is not Unicode) marks the document
/// <see cref="Unsupported"/>, and <see cref="ManifestRenderer"/> renders that document with <see cref="YamlSink"/>.
/// </summary>
internal sealed class DirectYamlSink(bool unicodeOutput) : IManifestSink
{
    private const int Indent = 2;
    private const int MaxSimpleKeyLength = 1024;

    private readonly List<Frame> _frames = [];

    /// <summary>The document written so far.</summary>
    public StringBuilder Buffer { get; } = new(4096);

    /// <summary>True when the document has something this writer does not reproduce exactly.</summary>
    public bool Unsupported { get; private set; }

    public void BeginDocument()
    {
        Buffer.Clear();
        _frames.Clear();
        Unsupported = false;
    }

    public void EndDocument() => Unsupported |= _frames.Count != 0;

    public void BeginMapping()
    {
        if (_frames.Count == 0)
        {
            _frames.Add(new Frame(true, 0, false));
            return;
        }

        var parent = Parent();
        if (!parent.IsMapping)
        {
            WriteDash(parent);
            _frames.Add(new Frame(true, parent.Indent + Indent, true));
        }
        else if (StartValue(parent))
        {
            Buffer.Append('\n');
            _frames.Add(new Frame(true, parent.Indent + Indent, false));
        }
    }

    public void EndMapping() => EndCollection();

    public void EmptyMapping() => Scalar("{}", _frames.Count != 0 && (!Parent().IsMapping || Parent().ExpectsValue));

    public void BeginSequence()
    {
        var parent = _frames.Count == 0 ? null : Parent();
        if (parent is null || !parent.IsMapping || !StartValue(parent))
        {
            Unsupported = true;
            return;
        }

        Buffer.Append('\n');
        _frames.Add(new Frame(false, parent.Indent + Indent, false));
    }

    public void EndSequence() => EndCollection();

    public void Key(string name) => String(name);

    public void PlainKey(string name) => Scalar(name, Representable(name));

    public void String(string value)
    {
        switch (ScalarStyles.Choose(value))
        {
            case StringStyle.Plain:
                Scalar(value, Representable(value));
                break;
            case StringStyle.Literal:
                Literal(value);
                break;
            default:
                Scalar(value, IsQuotableAscii(value), quoted: true);
                break;
        }
    }

    public void Number(string text) => Scalar(text, IsSimpleWord(text));

    public void Boolean(bool value) => Scalar(value ? "true" : "false", true);

    private Frame Parent() => _frames[^1];

    /// <summary>Moves <paramref name="parent"/> past a key; false (and unsupported) when a key is expected instead.</summary>
    private bool StartValue(Frame parent)
    {
        if (!parent.ExpectsValue)
        {
            Unsupported = true;
            return false;
        }

        parent.ExpectsValue = false;
        return true;
    }

    private void EndCollection()
    {
        if (_frames.Count == 0 || !Parent().HasChildren)
        {
            Unsupported = true;
            return;
        }

        _frames.RemoveAt(_frames.Count - 1);
    }

    private void WriteDash(Frame sequence)
    {
        sequence.HasChildren = true;
        Buffer.Append(' ', sequence.Indent).Append("- ");
    }

    /// <summary>Writes a one-line scalar as a key, a value or an item; <paramref name="supported"/> false gives up.</summary>
    private void Scalar(string text, bool supported, bool quoted = false)
    {
        if (_frames.Count == 0 || !supported)
        {
            Unsupported = true;
            return;
        }

        var parent = Parent();
        if (!parent.IsMapping)
        {
            WriteDash(parent);
        }
        else if (!parent.ExpectsValue)
        {
            // A key: indented unless it is the first key of a mapping that is a sequence item ("- name: x").
            if (text.Length == 0 || text.Length > MaxSimpleKeyLength)
            {
                Unsupported = true;
                return;
            }

            if (parent.Inline)
            {
                parent.Inline = false;
            }
            else
            {
                Buffer.Append(' ', parent.Indent);
            }

            parent.HasChildren = true;
            parent.ExpectsValue = true;
            AppendScalar(text, quoted).Append(':');
            return;
        }
        else
        {
            parent.ExpectsValue = false;
            Buffer.Append(' ');
        }

        AppendScalar(text, quoted).Append('\n');
    }

    private StringBuilder AppendScalar(string text, bool quoted) =>
        quoted ? Buffer.Append('"').Append(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"') : Buffer.Append(text);

    private void Literal(string value)
    {
        // "|" for text with one final line break, "|-" for none; other chomping and indentation hints go to YamlSink.
        var keepsBreak = value[^1] == '\n';
        if (_frames.Count == 0 || value[0] is ' ' or '\n' || (keepsBreak && value.Length > 1 && value[^2] == '\n')
            || !Representable(value) || (Parent().IsMapping && !Parent().ExpectsValue))
        {
            Unsupported = true;
            return;
        }

        var parent = Parent();
        if (parent.IsMapping)
        {
            parent.ExpectsValue = false;
            Buffer.Append(' ');
        }
        else
        {
            WriteDash(parent);
        }

        Buffer.Append(keepsBreak ? "|\n" : "|-\n");
        var indent = parent.Indent + Indent;
        var text = keepsBreak ? value.AsSpan(0, value.Length - 1) : value.AsSpan();
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (!line.IsEmpty)
            {
                Buffer.Append(' ', indent).Append(line);
            }

            Buffer.Append('\n');
        }
    }

    /// <summary>True when YamlDotNet would write <paramref name="text"/> as it is: printable, and encodable.</summary>
    private bool Representable(string text)
    {
        foreach (var c in text)
        {
            if (c is '\uFFFE' or '\uFFFF' || (c > '\x7E' && !unicodeOutput))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQuotableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '\x7E')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSimpleWord(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '+' or '-'))
            {
                return false;
            }
        }

        return text.Length > 1 || (text.Length == 1 && text[0] != '-');
    }

    private sealed class Frame(bool isMapping, int indent, bool inline)
    {
        public bool IsMapping { get; } = isMapping;

        public int Indent { get; } = indent;

        public bool Inline { get; set; } = inline;

        public bool ExpectsValue { get; set; }

        public bool HasChildren { get; set; }
    }
}
