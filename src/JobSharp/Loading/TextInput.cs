using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace JobSharp.Loading;

/// <summary>
/// Turns input into checked text: bytes are decoded as strict UTF-8 (a leading BOM is dropped; the first invalid
/// byte is reported with its offset, line and column; UTF-16 and UTF-32 are named), and any text is checked for
/// characters YAML does not allow (NULs that show UTF-16 or UTF-32 read with the wrong encoding are named so).
/// </summary>
internal static class TextInput
{
    public static string? Decode(ReadOnlySpan<byte> bytes, LoadContext context)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (WideEncoding.Detect(bytes) is { } wide)
        {
            ReportWide(wide, context);
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(chars, 0, written);
            }

            var decoded = chars.AsSpan(0, written);
            var line = decoded.Count('\n') + 1;
            var column = written - decoded.LastIndexOf('\n');
            context.Report(
                LoadErrorCode.Encoding, new SourceLocation(line, column), string.Empty,
                string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte offset {read} (byte 0x{bytes[read]:X2}); save the file as UTF-8"));
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The text of a UTF-8 stream, bounded, decoded and checked; null when it is too large, not UTF-8 or has a
    /// character YAML does not allow (the problem is reported).
    /// </summary>
    public static string? ReadChecked(Stream stream, LoadContext context)
    {
        var bytes = ReadBounded(stream, LoadLimits.MaxInputBytes);
        if (bytes.Length > LoadLimits.MaxInputBytes)
        {
            TooLarge(context);
            return null;
        }

        return Decode(bytes, context) is { } text ? Check(text, context) : null;
    }

    /// <summary>Drops a leading BOM and checks every character; null (reported) at the first one YAML does not allow.</summary>
    public static string? Check(string text, LoadContext context)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!paired && !IsAllowed(c))
            {
                if (c == '\0' && WideEncoding.Detect(text) is { } wide)
                {
                    ReportWide(wide, context);
                    return null;
                }

                context.Report(
                    LoadErrorCode.Encoding, new SourceLocation(line, column), string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"the character U+{(int)c:X4} is not allowed in YAML; write it as an escape in a double-quoted string"));
                return null;
            }

            i += paired ? 1 : 0;
            column += paired ? 2 : 1;
        }

        return text;
    }

    private static void ReportWide(string encoding, LoadContext context) =>
        context.Report(LoadErrorCode.Encoding, new SourceLocation(1, 1), string.Empty, $"the input is {encoding}; save it as UTF-8");

    /// <summary>YAML's printable characters: tab, line breaks, and everything visible (surrogates only in pairs).</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\r' or '\u0085' or (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');

    /// <summary>Reads at most <paramref name="limit"/> + 1 bytes, so that too-large input is known without reading it all.</summary>
    public static byte[] ReadBounded(Stream stream, int limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length <= limit)
        {
            var count = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length));
            if (count == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, count);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads at most <paramref name="limit"/> + 1 characters.</summary>
    public static string ReadBounded(TextReader reader, int limit)
    {
        var text = new StringBuilder();
        var chunk = new char[81920];
        while (text.Length <= limit)
        {
            var count = reader.Read(chunk, 0, Math.Min(chunk.Length, limit + 1 - text.Length));
            if (count == 0)
            {
                break;
            }

            text.Append(chunk, 0, count);
        }

        return text.ToString();
    }

    public static void TooLarge(LoadContext context) =>
        context.Report(
            LoadErrorCode.TooLarge, new SourceLocation(1, 1), string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"the input is larger than {LoadLimits.MaxInputBytes / (1024 * 1024)} MiB; nothing was read"));
}
