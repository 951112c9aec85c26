using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobSharp.Rendering;

/// <summary>
/// Writes YAML through YamlDotNet's emitter with every scalar's style chosen explicitly
/// (<see cref="ScalarStyles"/>): two-space indentation, sequences indented under their key, no line wrapping,
/// <c>---</c> between documents.
/// </summary>
internal sealed class YamlSink : IManifestSink, IDisposable
{
    private static readonly EmitterSettings Settings = new(
        bestIndent: 2,
        bestWidth: int.MaxValue,
        isCanonical: false,
        maxSimpleKeyLength: 1024,
        skipAnchorName: true,
        indentSequences: true,
        newLine: "\n");

    // Events are immutable, so the structural ones are made once and shared; only scalars are new each time.
    private static readonly DocumentStart DocumentStartEvent = new(null, null, isImplicit: true);
    private static readonly DocumentEnd DocumentEndEvent = new(isImplicit: true);
    private static readonly MappingStart BlockMappingStart = new(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block);
    private static readonly MappingStart FlowMappingStart = new(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow);
    private static readonly MappingEnd MappingEndEvent = new();
    private static readonly SequenceStart BlockSequenceStart = new(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block);
    private static readonly SequenceEnd SequenceEndEvent = new();

    private readonly Emitter _emitter;
    private bool _ended;

    public YamlSink(TextWriter output)
    {
        _emitter = new Emitter(output, Settings);
        _emitter.Emit(new StreamStart());
    }

    public void BeginDocument() => _emitter.Emit(DocumentStartEvent);

    public void EndDocument() => _emitter.Emit(DocumentEndEvent);

    public void BeginMapping() => _emitter.Emit(BlockMappingStart);

    public void EndMapping() => _emitter.Emit(MappingEndEvent);

    public void EmptyMapping()
    {
        _emitter.Emit(FlowMappingStart);
        _emitter.Emit(MappingEndEvent);
    }

    public void BeginSequence() => _emitter.Emit(BlockSequenceStart);

    public void EndSequence() => _emitter.Emit(SequenceEndEvent);

    public void Key(string name) => String(name);

    public void PlainKey(string name) => Emit(name, ScalarStyle.Plain);

    public void String(string value) => Emit(value, StyleOf(value));

    public void Number(string text) => Plain(text);

    public void Boolean(bool value) => Plain(value ? "true" : "false");

    /// <summary>Ends the stream; the emitter flushes everything it holds.</summary>
    public void Dispose()
    {
        if (!_ended)
        {
            _ended = true;
            _emitter.Emit(new StreamEnd());
        }
    }

    private static ScalarStyle StyleOf(string value) => ScalarStyles.Choose(value) switch
    {
        StringStyle.Plain => ScalarStyle.Plain,
        StringStyle.Literal => ScalarStyle.Literal,
        _ => ScalarStyle.DoubleQuoted,
    };

    private void Emit(string value, ScalarStyle style) =>
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true));

    private void Plain(string text) =>
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
}
