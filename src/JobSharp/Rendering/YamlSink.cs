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
        indentSequences: true);

    private readonly Emitter _emitter;
    private bool _ended;

    public YamlSink(TextWriter output)
    {
        _emitter = new Emitter(output, Settings);
        _emitter.Emit(new StreamStart());
    }

    public void BeginDocument() => _emitter.Emit(new DocumentStart(null, null, isImplicit: true));

    public void EndDocument() => _emitter.Emit(new DocumentEnd(isImplicit: true));

    public void BeginMapping() => _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));

    public void EndMapping() => _emitter.Emit(new MappingEnd());

    public void EmptyMapping()
    {
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow));
        _emitter.Emit(new MappingEnd());
    }

    public void BeginSequence() =>
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));

    public void EndSequence() => _emitter.Emit(new SequenceEnd());

    public void Key(string name) => String(name);

    public void String(string value)
    {
        var style = ScalarStyles.Choose(value) switch
        {
            StringStyle.Plain => ScalarStyle.Plain,
            StringStyle.Literal => ScalarStyle.Literal,
            _ => ScalarStyle.DoubleQuoted,
        };
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

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

    private void Plain(string text) =>
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
}
