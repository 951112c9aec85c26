using System.Globalization;
using System.Text;

namespace JobSharp.Benchmarks;

/// <summary>A writer that keeps only a count of the characters written, so a stream benchmark measures rendering, not storage.</summary>
internal sealed class CountingWriter() : TextWriter(CultureInfo.InvariantCulture)
{
    public long Length { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Length++;

    public override void Write(string? value) => Length += value?.Length ?? 0;

    public override void Write(char[] buffer, int index, int count) => Length += count;

    public override void Write(ReadOnlySpan<char> buffer) => Length += buffer.Length;
}
