using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace JobSharp.Cli.Output;

/// <summary>
/// A SHA-256 held as four numbers rather than 64 hex characters, so that <c>render -o</c> can remember one per file
/// for 100,000 files in a few megabytes. Written as lower-case hex, as <c>sha256sum</c> writes it.
/// </summary>
internal readonly record struct ContentHash(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>The hash of <paramref name="text"/> as UTF-8 bytes, the bytes render -o writes.</summary>
    public static ContentHash Of(string text) => FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The hash of the file's bytes.</summary>
    public static ContentHash OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return FromBytes(SHA256.HashData(stream));
    }

    /// <summary>The hash from its 64 lower-case hex digits.</summary>
    public static ContentHash Parse(string hex) => FromBytes(Convert.FromHexString(hex));

    /// <summary>The hash of what <paramref name="write"/> writes, as UTF-8, without keeping the text.</summary>
    public static ContentHash OfWritten(Action<TextWriter> write)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var writer = new StreamWriter(new HashingStream(hash), new UTF8Encoding(false), 1 << 16))
        {
            write(writer);
        }

        return FromBytes(hash.GetHashAndReset());
    }

    /// <summary>64 lower-case hex digits.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, A);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], B);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[16..], C);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], D);
        return Convert.ToHexStringLower(bytes);
    }

    private static ContentHash FromBytes(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadUInt64BigEndian(bytes),
        BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));

    // A write-only stream that feeds what is written to a hash.
    private sealed class HashingStream(IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => hash.AppendData(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
